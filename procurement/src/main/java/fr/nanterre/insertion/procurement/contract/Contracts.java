package fr.nanterre.insertion.procurement.contract;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Contracts extends ListCrudRepository<Contract, UUID> {

    boolean existsByBuyerAndReference(String buyer, String reference);

    boolean existsByBuyerAndReferenceAndIdNot(String buyer, String reference, UUID id);

    /** An array, not an {@code in} list: a file of 50,000 references stays one statement with two parameters. */
    @Query("select reference from procurement.contract where buyer = :buyer and reference = any(:references)")
    List<String> findReferences(String buyer, String[] references);

    @Query("""
            select id, reference, decp_fingerprint, decp_published_on from procurement.contract
            where buyer = :buyer and reference = any(:references)""")
    List<ContractRegister.Registered> findPublications(String buyer, String[] references);
}
