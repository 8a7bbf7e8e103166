package fr.nanterre.insertion.procurement.demo;

import static fr.nanterre.insertion.procurement.contract.ContractDetails.CITY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.TradeTable;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, an empty contracts register gets four notified contracts with execution clauses (three of
 * the City, one of a social landlord), one of them closed, and one contract planned for the coming months. Dates
 * are relative to today, so the clauses are always a few months into their execution. The awardees are partners'
 * demo structures, by SIRET (it runs after partners' demo data, and adds nothing when they are not there: the
 * lots reserved to SIAE need them), and one company that is not registered there.
 * Facilitation learns the notified clauses from {@link fr.nanterre.insertion.procurement.ContractAwarded}, and its
 * demo data places people on them by contract reference (see docs/decisions/0013-demo-data-per-module.md).
 * Everything loads in one transaction, with the events it publishes: a start killed half-way leaves no contract,
 * and the next start loads them all (decision 0027).
 */
@Component
@Profile("demo")
@Order(20)
class ProcurementDemoData implements ApplicationRunner {

    private static final String USER = "demo-data";
    private static final String LANDLORD = "Logis Nanterre Habitat";
    // fictitious SIRETs: those of partners' demo structures, and two that no structure has
    private static final String LANDLORD_SIRET = "90002060100010";
    private static final String BATIMENTS_SEINE = "90002050800017";
    private static final String PEINTURES_OUEST = "90002050900015";
    private static final String MENUISERIES_MONT_VALERIEN = "90002051000013";
    private static final String JARDINS_CHEMIN_ILE = "90002050100012";
    private static final String ENVIE = "90002050200010";
    private static final String TP_SEINE_OUEST = "90002060000012";

    private static final Logger LOG = LoggerFactory.getLogger(ProcurementDemoData.class);

    private final ContractRegister register;
    private final TradeTable trades;
    private final PartnerStructures structures;
    private final CurrentUser user;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProcurementDemoData(ContractRegister register, TradeTable trades, PartnerStructures structures,
                        CurrentUser user, PlatformTransactionManager transactions, Clock clock) {
        this.register = register;
        this.trades = trades;
        this.structures = structures;
        this.user = user;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** As the user {@value #USER} with the role PROCUREMENT, like partners' demo data. */
    @Override
    public void run(ApplicationArguments args) {
        user.runAs(USER, () -> transaction.executeWithoutResult(status -> {
            if (register.count(ContractFilter.ALL) > 0) {
                return;
            }
            if (structures.findBySiret(new Siret(JARDINS_CHEMIN_ILE)).isEmpty()) {
                LOG.info("Demo data: partners' demo structures are not registered, so no demo contracts either");
                return;
            }
            load(LocalDate.now(clock));
        }), Roles.PROCUREMENT);
    }

    private void load(LocalDate today) {
        Map<String, BigDecimal> labourShares = new HashMap<>();
        trades.all().forEach(trade -> labourShares.put(trade.code(), trade.labourSharePercent()));

        // Awarded first and closed last: facilitation then learns of the award well before the closure.
        Contract road = register.plan(details("VN-VRD-009", "Requalification de l'avenue Georges Clemenceau", CITY,
                null, Procedure.ADAPTED, "45233140", 800_000, 10, null));
        road = lot(road, 1, "Voirie et réseaux divers", 800_000, Reservation.NONE, null, null);
        road = clause(road, 1, labourShares, "ROAD_WORKS", 30, 7, 50);
        road = awardLot(road, 1, TP_SEINE_OUEST, "TP Seine-Ouest");
        road = register.award(road, today.minusMonths(16));

        // 1,000,000 € × 50 % ÷ 30 €/h × 5 % = 833 h
        Contract school = register.plan(details("VN-TRX-014",
                "Réhabilitation et extension du groupe scolaire Les Pâquerettes", CITY, null, Procedure.OPEN_TENDER,
                "45214200", 1_460_000, 24, null));
        school = lot(school, 1, "Gros œuvre, maçonnerie", 1_000_000, Reservation.NONE, null, null);
        school = clause(school, 1, labourShares, "MASONRY", 30, 5, 50);
        school = awardLot(school, 1, BATIMENTS_SEINE, "Bâtiments Seine Construction");
        school = lot(school, 2, "Peinture, revêtements muraux", 400_000, Reservation.NONE, 10,
                "Deux embauches d'apprentis peintres, avec un tuteur désigné");
        school = clause(school, 2, labourShares, "PAINTING", 28, 10, 40);
        school = awardLot(school, 2, PEINTURES_OUEST, "Peintures Modernes de l'Ouest");
        school = lot(school, 3, "Nettoyage de fin de chantier", 60_000, Reservation.SIAE, null, null);
        school = awardLot(school, 3, ENVIE, "Envie Hauts-de-Seine");
        register.award(school, today.minusMonths(8));

        Contract greenSpaces = register.plan(details("VN-PROP-007",
                "Entretien des espaces verts des groupes scolaires et des crèches", CITY, null, Procedure.OPEN_TENDER,
                "77310000", 540_000, 36, null));
        greenSpaces = lot(greenSpaces, 1, "Espaces verts, tonte et taille", 540_000, Reservation.SIAE, 15,
                "Parcours d'insertion de 12 mois avec une formation qualifiante d'ouvrier paysagiste");
        greenSpaces = register.setClause(greenSpaces, lotId(greenSpaces, 1),
                HoursTarget.shareOfEstimatedHours(20_000, BigDecimal.TEN), BigDecimal.valueOf(30), "GREEN_SPACES");
        greenSpaces = awardLot(greenSpaces, 1, JARDINS_CHEMIN_ILE, "ACI Les Jardins du Chemin de l'Île");
        register.award(greenSpaces, today.minusMonths(14));

        Contract housing = register.plan(details("LNH-RHB-003",
                "Réhabilitation thermique de la résidence Les Fontenelles (312 logements)", LANDLORD, LANDLORD_SIRET,
                Procedure.OPEN_TENDER, "45453000", 2_400_000, 30, null));
        housing = lot(housing, 1, "Isolation thermique par l'extérieur", 1_500_000, Reservation.NONE, null, null);
        housing = clause(housing, 1, labourShares, "MASONRY", 27, 5, 45);
        housing = awardLot(housing, 1, BATIMENTS_SEINE, "Bâtiments Seine Construction");
        housing = lot(housing, 2, "Menuiseries extérieures", 900_000, Reservation.NONE, null, null);
        housing = clause(housing, 2, labourShares, "CARPENTRY", 30, 5, 45);
        housing = awardLot(housing, 2, MENUISERIES_MONT_VALERIEN, "Menuiseries du Mont-Valérien");
        register.award(housing, today.minusMonths(6));

        // planned within the year, so that this year's procurement plan shows it
        LocalDate planned = today.plusMonths(3).getYear() == today.getYear() ? today.plusMonths(3)
                : LocalDate.of(today.getYear(), 12, 31);
        Contract gym = register.plan(details("VN-TRX-022", "Construction du gymnase du quartier Université", CITY,
                null, Procedure.OPEN_TENDER, "45212200", 2_800_000, 18, planned));
        gym = lot(gym, 1, "Entreprise générale", 2_800_000, Reservation.NONE, 5,
                "Recrutement de résidents des quartiers prioritaires");
        clause(gym, 1, labourShares, "MASONRY", 30, 7, 50);

        register.close(road, today.minusMonths(5));
    }

    private static ContractDetails details(String reference, String object, String buyer, @Nullable String buyerId,
                                           Procedure procedure, String cpv, int amount, int months,
                                           @Nullable LocalDate planned) {
        return new ContractDetails(reference, object, buyer, buyerId, procedure, cpv,
                cpv.startsWith("45") ? Ccag.WORKS : Ccag.SUPPLIES_AND_SERVICES, BigDecimal.valueOf(amount), months,
                planned);
    }

    private Contract lot(Contract contract, int number, String title, int amount, Reservation reservation,
                         @Nullable Integer criterionWeight, @Nullable String commitment) {
        return register.putLot(contract, null, new LotDetails(number, title, BigDecimal.valueOf(amount), reservation,
                false, criterionWeight == null ? null : BigDecimal.valueOf(criterionWeight), commitment));
    }

    /** The usual target: the lot's amount × the trade's labour share ÷ the hourly cost × the insertion rate. */
    private Contract clause(Contract contract, int lot, Map<String, BigDecimal> labourShares, String trade,
                            int hourlyCost, int ratePercent, int penaltyPerHour) {
        UUID lotId = lotId(contract, lot);
        BigDecimal amount = contract.lots().stream().filter(l -> l.id().equals(lotId)).findFirst().orElseThrow()
                .amountExclTax();
        return register.setClause(contract, lotId, HoursTarget.amountBased(amount, labourShares.get(trade),
                        BigDecimal.valueOf(hourlyCost), BigDecimal.valueOf(ratePercent)),
                BigDecimal.valueOf(penaltyPerHour), trade);
    }

    private Contract awardLot(Contract contract, int lot, String siret, String name) {
        return register.awardLot(contract, lotId(contract, lot), siret, name);
    }

    private static UUID lotId(Contract contract, int number) {
        return contract.lots().stream().filter(lot -> lot.number() == number).findFirst().map(Lot::id).orElseThrow();
    }
}
