package fr.nanterre.insertion.partners.support;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Grants extends ListCrudRepository<Grant, UUID> {

    List<Grant> findByStructureIdOrderByYearDesc(UUID structureId);
}
