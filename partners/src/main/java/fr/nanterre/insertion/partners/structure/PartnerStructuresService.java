package fr.nanterre.insertion.partners.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureSummary;
import fr.nanterre.insertion.partners.StructureSupply;
import org.jspecify.annotations.Nullable;
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

    @Override
    @Transactional(readOnly = true)
    public Map<Siret, List<StructureSummary>> findBySirets(Collection<Siret> sirets) {
        Map<Siret, List<StructureSummary>> found = new HashMap<>();
        sirets.forEach(siret -> found.put(siret, new ArrayList<>()));
        if (!found.isEmpty()) {
            structures.findBySiretIn(found.keySet().stream().map(Siret::value).toList())
                    .forEach(structure -> found.get(structure.siret()).add(summary(structure)));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StructureSupply> supplyFor(@Nullable String cpvCode, @Nullable String tradeCode) {
        if ((cpvCode == null || cpvCode.isBlank()) && (tradeCode == null || tradeCode.isBlank())) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return structures.findCovering(cpvCode == null ? "" : cpvCode, tradeCode == null ? "" : tradeCode).stream()
                .filter(structure -> structure.isActiveOn(today))
                .map(structure -> new StructureSupply(structure.id(), structure.name(), structure.kind(),
                        structure.siret(), structure.activities(),
                        structure.capacityPeople() == null ? 0 : structure.capacityPeople(),
                        structure.capacityHoursPerYear() == null ? 0 : structure.capacityHoursPerYear()))
                .toList();
    }

    private StructureSummary summary(Structure structure) {
        return new StructureSummary(structure.id(), structure.name(), structure.kind(), structure.siret(),
                structure.isActiveOn(LocalDate.now(clock)));
    }
}
