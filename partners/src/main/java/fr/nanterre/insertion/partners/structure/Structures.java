package fr.nanterre.insertion.partners.structure;

import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import org.springframework.data.repository.ListCrudRepository;

interface Structures extends ListCrudRepository<Structure, UUID> {

    boolean existsBySiretAndKind(String siret, StructureKind kind);

    boolean existsBySiretAndKindAndIdNot(String siret, StructureKind kind, UUID id);

    List<Structure> findBySiret(String siret);
}
