package fr.nanterre.insertion.procurement.decp;

import java.time.LocalDate;

import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.Lot;
import org.jspecify.annotations.Nullable;

/**
 * A contract as the import will register it: its details, its one lot (awardee, social considerations), and the
 * day it was notified, or null for a contract still planned.
 */
public record ImportedContract(ContractDetails details, Lot lot, @Nullable LocalDate notifiedOn) {
}
