package fr.nanterre.insertion.facilitation.clause;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Clauses extends ListCrudRepository<FollowedClause, UUID>,
        ListPagingAndSortingRepository<FollowedClause, UUID> {
}
