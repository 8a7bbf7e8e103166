package fr.nanterre.insertion.urbanrenewal.project;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Projects extends ListCrudRepository<Project, UUID> {

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, UUID id);
}
