package fr.nanterre.insertion.facilitation.ledger;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Statements extends ListCrudRepository<Statement, UUID> {
}
