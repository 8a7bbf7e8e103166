package fr.nanterre.insertion.procurement.recommend;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.StructureSupply;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.Trade;
import fr.nanterre.insertion.procurement.clause.TradeTable;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractStatus;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Candidate;
import fr.nanterre.insertion.procurement.recommend.Recommendation.History;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommends how to bring insertion into a planned purchase ({@link Ranking} says how options are ranked), from the
 * local supply partners knows (the structures whose activities cover the CPV code, with their declared capacity),
 * how busy those structures already are with the City's contracts, the labour share of the trade table and the
 * City's history of similar clauses. Reading a recommendation is open to every logged-in role, as contracts are;
 * turning one into a planned contract's considerations is for the procurement department.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Recommender {

    private final PartnerStructures structures;
    private final TradeTable trades;
    private final SupplyFigures figures;
    private final ContractRegister register;
    private final BigDecimal hourlyCost;
    private final BigDecimal ratePercent;
    private final BigDecimal criterionWeightPercent;
    private final BigDecimal penaltyPerHour;

    Recommender(PartnerStructures structures, TradeTable trades, SupplyFigures figures, ContractRegister register,
                @Value("${insertion.procurement.recommender.hourly-cost:30}") BigDecimal hourlyCost,
                @Value("${insertion.procurement.recommender.rate-percent:5}") BigDecimal ratePercent,
                @Value("${insertion.procurement.recommender.criterion-weight-percent:10}")
                BigDecimal criterionWeightPercent,
                @Value("${insertion.procurement.recommender.penalty-per-hour:0}") BigDecimal penaltyPerHour) {
        this.structures = structures;
        this.trades = trades;
        this.figures = figures;
        this.register = register;
        this.hourlyCost = hourlyCost;
        this.ratePercent = ratePercent;
        this.criterionWeightPercent = criterionWeightPercent;
        this.penaltyPerHour = penaltyPerHour;
    }

    /** @throws InvalidPurchaseException when the CPV code does not exist, or the amount or the duration is 0 */
    @Transactional(readOnly = true)
    public Recommendation recommend(Purchase purchase) {
        Map<String, String> problems = purchase.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPurchaseException(problems);
        }
        String cpv = Objects.requireNonNull(purchase.cpvCode()).strip().substring(0, 8);
        BigDecimal amount = Objects.requireNonNull(purchase.amountExclTax());
        int months = Objects.requireNonNull(purchase.durationMonths());
        List<Trade> table = trades.all();
        Optional<Trade> trade = tradeOf(table, cpv);
        BigDecimal share = trade.map(Trade::labourSharePercent).orElse(Ranking.DEFAULT_LABOUR_SHARE);

        List<StructureSupply> supply = structures.supplyFor(cpv, trade.map(Trade::code).orElse(null));
        Map<UUID, Double> busy = new HashMap<>();
        for (SupplyFigures.HeldWork held : figures.heldWork(supply.stream().map(StructureSupply::id).toList())) {
            BigDecimal heldShare = held.labourSharePercent() != null ? held.labourSharePercent()
                    : tradeOf(table, held.cpvCode()).map(Trade::labourSharePercent)
                    .orElse(Ranking.DEFAULT_LABOUR_SHARE);
            double hoursPerYear = Ranking.workHours(held.amountExclTax(), heldShare, hourlyCost) * 12.0
                    / held.durationMonths();
            busy.merge(held.structureId(), hoursPerYear, Double::sum);
        }
        List<Candidate> candidates = supply.stream()
                .map(s -> new Candidate(s.id(), s.name(), s.kind(), s.hoursPerYear(),
                        (int) Math.round(busy.getOrDefault(s.id(), 0.0))))
                .sorted(Comparator.comparingInt(Candidate::freeHoursPerYear).reversed())
                .toList();
        History history = figures.history(trade.map(Trade::code).orElse(null), trade
                .map(t -> Arrays.stream(t.cpvPrefixes().split("\\s+")).filter(p -> !p.isBlank()).toList())
                .orElse(List.of(cpv.substring(0, 3))));
        return new Recommendation(purchase, trade.map(Trade::code).orElse(null), share, hourlyCost, ratePercent,
                Ranking.workHours(amount, share, hourlyCost), history,
                Ranking.rank(amount, months, share, hourlyCost, ratePercent, candidates, history));
    }

    /**
     * Turns an option into the planned contract's considerations, in one step: a reserved contract reserves every
     * lot; a reserved lot splits a contract without lots into the open part and the reserved lot, or reserves the
     * lot whose amount is closest to the advised one; a clause is set on every lot without one (amount-based, with
     * the recommendation's labour share, hourly cost and rate); a criterion and an insertion contract go on every
     * lot. A contract without lots first gets one lot of its whole amount.
     *
     * @throws IllegalStateException when the contract is no longer planned
     */
    @PreAuthorize("hasAnyRole('" + Roles.PROCUREMENT + "', '" + Roles.ADMIN + "')")
    @Transactional
    public Contract apply(Contract planned, Recommendation recommendation, Option option) {
        if (planned.status() != ContractStatus.PLANNED) {
            throw new IllegalStateException("Only a planned contract takes a recommendation");
        }
        Contract contract = planned;
        if (option.kind() == OptionKind.RESERVED_LOT) {
            return reserveALot(contract, option);
        }
        if (contract.lots().isEmpty()) {
            contract = register.putLot(contract, null, new LotDetails(1, contract.object(), contract.amountExclTax(),
                    Reservation.NONE, false, null, null));
        }
        for (Lot lot : contract.lots()) {
            LotDetails details = lot.details();
            contract = switch (option.kind()) {
                case RESERVED_CONTRACT -> register.putLot(contract, lot.id(), new LotDetails(details.number(),
                        details.title(), details.amountExclTax(), option.reservation(), details.insertionContract(),
                        details.criterionWeightPercent(), details.criterionCommitment()));
                case EXECUTION_CLAUSE -> lot.clause() != null ? contract : register.setClause(contract, lot.id(),
                        HoursTarget.amountBased(lot.amountExclTax(), recommendation.labourSharePercent(),
                                recommendation.hourlyCost(), recommendation.ratePercent()), penaltyPerHour,
                        recommendation.tradeCode());
                case SOCIAL_CRITERION -> register.putLot(contract, lot.id(), new LotDetails(details.number(),
                        details.title(), details.amountExclTax(), details.reservation(), details.insertionContract(),
                        criterionWeightPercent, commitment(lot, recommendation)));
                case INSERTION_CONTRACT -> register.putLot(contract, lot.id(), new LotDetails(details.number(),
                        details.title(), details.amountExclTax(), details.reservation(), true,
                        details.criterionWeightPercent(), details.criterionCommitment()));
                case RESERVED_LOT -> contract;
            };
        }
        return contract;
    }

    private Contract reserveALot(Contract contract, Option option) {
        BigDecimal lotAmount = Objects.requireNonNull(option.lotAmount());
        if (contract.lots().isEmpty()) {
            Contract withOpenPart = register.putLot(contract, null, new LotDetails(1, contract.object(),
                    contract.amountExclTax().subtract(lotAmount).max(BigDecimal.ZERO), Reservation.NONE, false, null,
                    null));
            return register.putLot(withOpenPart, null, new LotDetails(2, reservedTitle(option.reservation()),
                    lotAmount, option.reservation(), false, null, null));
        }
        Lot closest = contract.lots().stream().min(Comparator.comparing(lot -> lot.amountExclTax()
                .subtract(lotAmount).abs())).orElseThrow();
        LotDetails details = closest.details();
        return register.putLot(contract, closest.id(), new LotDetails(details.number(), details.title(),
                details.amountExclTax(), option.reservation(), details.insertionContract(),
                details.criterionWeightPercent(), details.criterionCommitment()));
    }

    /** Lots are the City's data, kept in French as the rest of what users type. */
    private static String reservedTitle(Reservation reservation) {
        return reservation == Reservation.EA_ESAT ? "Lot réservé aux EA et ESAT" : "Lot réservé aux SIAE";
    }

    private static String commitment(Lot lot, Recommendation recommendation) {
        int hours = HoursTarget.amountBased(lot.amountExclTax(), recommendation.labourSharePercent(),
                recommendation.hourlyCost(), recommendation.ratePercent()).hours();
        return "Nombre d'heures d'insertion proposé par le candidat (référence : " + hours + " h, soit "
                + recommendation.ratePercent().stripTrailingZeros().toPlainString() + " % des heures de travail)";
    }

    private static Optional<Trade> tradeOf(List<Trade> table, @Nullable String cpv) {
        return table.stream().filter(trade -> trade.covers(cpv) > 0)
                .max(Comparator.comparingInt(trade -> trade.covers(cpv)));
    }
}
