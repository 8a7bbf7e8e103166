package fr.nanterre.insertion.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask about the partner structures (no personal data: open to every logged-in role).
 * Procurement uses it to link an awardee to a registered structure, to check a reserved lot's awardee, and to find
 * the structures that could answer a planned purchase.
 */
public interface PartnerStructures {

    Optional<StructureSummary> find(UUID structureId);

    /** The structures registered under one SIRET: usually one, two when it carries two kinds (an EI and an ACI). */
    List<StructureSummary> findBySiret(Siret siret);

    /**
     * The structures registered under each of these SIRETs, read in one query (an import's awardees): every SIRET
     * asked is a key, with an empty list when no structure is registered under it.
     */
    Map<Siret, List<StructureSummary>> findBySirets(Collection<Siret> sirets);

    /**
     * The local supply of a purchase: the structures active today whose activities cover its CPV code (an activity
     * that is a family of it: "45442" covers "45442100") or its trade ("PAINTING"), with the capacity they declare.
     *
     * @param cpvCode   eight digits, or null
     * @param tradeCode a trade code of procurement's trade table, or null
     */
    List<StructureSupply> supplyFor(@Nullable String cpvCode, @Nullable String tradeCode);
}
