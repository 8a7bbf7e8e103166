package fr.nanterre.insertion.partners.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Objectives extends ListCrudRepository<YearlyObjectives, UUID> {

    List<YearlyObjectives> findByStructureIdOrderByYearDesc(UUID structureId);

    Optional<YearlyObjectives> findByStructureIdAndYear(UUID structureId, int year);
}
