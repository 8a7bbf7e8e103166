package fr.nanterre.insertion.facilitation.company;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<CompanyAccount, UUID> {

    Optional<CompanyAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
