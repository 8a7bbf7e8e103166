package fr.nanterre.insertion.procurement.decp;

import java.time.LocalDate;
import java.util.List;

import fr.nanterre.insertion.procurement.contract.Contract.Publication;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister.Registered;
import fr.nanterre.insertion.procurement.contract.Lot;
import org.jspecify.annotations.Nullable;

/**
 * A contract as the import will register it: its details, its lots (awardee, social considerations), the day it was
 * notified (null for a contract still planned), every awardee and modification the file publishes, and the
 * registered contract it is a newer version of, if any.
 */
public record ImportedContract(ContractDetails details, List<Lot> lots, @Nullable LocalDate notifiedOn,
                               Publication publication, @Nullable Registered replaces) {

    public ImportedContract {
        lots = List.copyOf(lots);
    }

    /** The first lot: the only one of most marchés. */
    public Lot lot() {
        return lots.getFirst();
    }

    /** Whether one of its awardees is to check: what our register cannot confirm. */
    public boolean awardeeToCheck() {
        return publication.awardees().stream().anyMatch(awardee -> awardee.toCheck() != null);
    }

    ImportedContract replacing(Registered registered) {
        return new ImportedContract(details, lots, notifiedOn, publication, registered);
    }
}
