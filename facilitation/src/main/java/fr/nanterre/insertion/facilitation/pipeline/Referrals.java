package fr.nanterre.insertion.facilitation.pipeline;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Referrals extends ListCrudRepository<Referral, UUID> {

    boolean existsByOfferIdAndParticipantId(UUID offerId, UUID participantId);
}
