package fr.nanterre.insertion.partners.structure;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Structures extends ListCrudRepository<Structure, UUID> {

    boolean existsBySiretAndKind(String siret, fr.nanterre.insertion.partners.StructureKind kind);
}
