package fr.nanterre.insertion.urbanrenewal.project;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Operations extends ListCrudRepository<Operation, UUID> {

    /** The name of the operation a lot carries out, if any. */
    @Query("""
            select o.name from urban_renewal.operation o join urban_renewal.linked_lot l on l.operation_id = o.id
            where l.lot_id = :lotId""")
    Optional<String> operationOfLot(UUID lotId);

    long countByProjectId(UUID projectId);
}
