package fr.nanterre.insertion.partners.participant;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Participants extends ListCrudRepository<Participant, UUID> {
}
