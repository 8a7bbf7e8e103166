package fr.nanterre.insertion.facilitation.pipeline;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface JobOffers extends ListCrudRepository<JobOffer, UUID> {
}
