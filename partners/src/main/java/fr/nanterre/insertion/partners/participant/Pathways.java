package fr.nanterre.insertion.partners.participant;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Pathways extends ListCrudRepository<Pathway, UUID> {

    List<Pathway> findByParticipantIdOrderByEntryDateDesc(UUID participantId);
}
