package fr.nanterre.insertion.facilitation.agreement;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<MefAgreement, UUID> {
}
