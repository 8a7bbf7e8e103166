package fr.nanterre.insertion.procurement.contract;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Contracts extends ListCrudRepository<Contract, UUID> {

    boolean existsByBuyerAndReference(String buyer, String reference);

    boolean existsByBuyerAndReferenceAndIdNot(String buyer, String reference, UUID id);
}
