package fr.nanterre.insertion.facilitation.placement;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Placements extends ListCrudRepository<Placement, UUID> {
}
