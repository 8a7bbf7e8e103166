package fr.nanterre.insertion.partners.participant;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Participants extends ListCrudRepository<Participant, UUID> {

    /** @throws NoSuchElementException when there is no such participant */
    default Participant require(UUID participantId) {
        return findById(participantId)
                .orElseThrow(() -> new NoSuchElementException("No participant " + participantId));
    }
}
