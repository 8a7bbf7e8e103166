package fr.nanterre.insertion.partners.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("isAuthenticated()")
class PartnerStructuresService implements PartnerStructures {

    private final Structures structures;
    private final Clock clock;

    PartnerStructuresService(Structures structures, Clock clock) {
        this.structures = structures;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StructureSummary> find(UUID structureId) {
        return structures.findById(structureId).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StructureSummary> findBySiret(Siret siret) {
        return structures.findBySiret(siret.value()).stream().map(this::summary).toList();
    }

    private StructureSummary summary(Structure structure) {
        return new StructureSummary(structure.id(), structure.name(), structure.kind(), structure.siret(),
                structure.isActiveOn(LocalDate.now(clock)));
    }
}
