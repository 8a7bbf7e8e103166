package fr.nanterre.insertion.partners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask about the partner structures (no personal data: open to every logged-in role).
 * Procurement uses it to link an awardee to a registered structure and to check a reserved lot's awardee.
 */
public interface PartnerStructures {

    Optional<StructureSummary> find(UUID structureId);

    /** The structures registered under one SIRET: usually one, two when it carries two kinds (an EI and an ACI). */
    List<StructureSummary> findBySiret(Siret siret);
}
