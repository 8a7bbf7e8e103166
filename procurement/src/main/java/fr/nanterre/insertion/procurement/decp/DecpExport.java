package fr.nanterre.insertion.procurement.decp;

import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The City's contracts as a DECP file (JSON schema v2), the open data it publishes. Essential data are those of
 * notified contracts, so planned ones are left out. Contracts hold no personal data: every logged-in role may
 * export them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DecpExport {

    private static final ContractFilter CITY = new ContractFilter(null, null, ContractDetails.CITY);

    private final ContractRegister register;
    private final DecpWriter writer;

    DecpExport(ContractRegister register, DecpWriter writer) {
        this.register = register;
        this.writer = writer;
    }

    /** The City's awarded and closed contracts, by reference. */
    @Transactional(readOnly = true)
    public byte[] cityContracts() {
        return writer.write(register.findAll(CITY, Sort.by("reference")).stream()
                .filter(contract -> contract.notifiedOn() != null)
                .toList());
    }
}
