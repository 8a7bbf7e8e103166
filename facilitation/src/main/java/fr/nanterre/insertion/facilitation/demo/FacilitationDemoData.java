package fr.nanterre.insertion.facilitation.demo;

import static fr.nanterre.insertion.procurement.Modality.DIRECT_HIRE;
import static fr.nanterre.insertion.procurement.Modality.PROVISION;
import static fr.nanterre.insertion.procurement.Modality.SIAE_OWN_WORKFORCE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.agreement.AgreementTerms;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.demo.Upstream.ClauseRef;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementFilter;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.Hiring;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.OfferDetails;
import fr.nanterre.insertion.facilitation.pipeline.OfferFilter;
import fr.nanterre.insertion.facilitation.pipeline.Referral;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, an empty facilitation module gets the MEF's follow-up of procurement's demo clauses:
 * placements of partners' demo participants (one shared between two clauses, one justified exception for a
 * participant who is not eligible), months of hours entered by hand, last month's statements (one validated,
 * one waiting to be checked), placements ending this month, and two job offers with candidates at every step.
 *
 * <p>Facilitation learns clauses, participants and structures from the other modules' events, delivered after
 * their demo data committed. So this runs last, waits for what it needs ({@link Upstream}), and loads everything in
 * one transaction: when something never arrives or fails, it logs a warning and adds nothing, and the next start
 * tries again (see docs/decisions/0013-demo-data-per-module.md).
 */
@Component
@Profile("demo")
@Order(30)
class FacilitationDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FacilitationDemoData.class);
    private static final String USER = "demo-data";
    /** The demo company account's user name. */
    static final String DEMO_COMPANY = "entreprise@demo.fr";
    /** A statement as employers send it: one line per person and month. */
    private static final String STATEMENT_HEADER = "Référence participant;Mois;Heures\n";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private static final ClauseRef SCHOOL_MASONRY = new ClauseRef("VN-TRX-014", 1);
    private static final ClauseRef SCHOOL_PAINTING = new ClauseRef("VN-TRX-014", 2);
    private static final ClauseRef GREEN_SPACES = new ClauseRef("VN-PROP-007", 1);
    private static final ClauseRef HOUSING_INSULATION = new ClauseRef("LNH-RHB-003", 1);
    private static final ClauseRef HOUSING_WINDOWS = new ClauseRef("LNH-RHB-003", 2);
    private static final ClauseRef ROAD = new ClauseRef("VN-VRD-009", 1);

    private static final String BATIMENTS_SEINE = "Bâtiments Seine Construction";
    private static final String TREMPLIN = "Tremplin Intérim Seine-Arche";
    private static final String GEIQ = "GEIQ BTP Île-de-France Ouest";
    private static final String JARDINS = "ACI Les Jardins du Chemin de l'Île";
    /** Last month's hours of these employers' staff come in their statements; all other hours were typed in. */
    private static final String VALIDATED_STATEMENT_OF = BATIMENTS_SEINE;
    private static final String WAITING_STATEMENT_OF = TREMPLIN;

    private record Share(ClauseRef clause, int percent) {
    }

    /**
     * @param employer     a structure of the facilitators' directory, or with {@code awardee} the awardee of the
     *                     first clause (a company that partners may not know)
     * @param monthlyHours worked each month from the start to last month, or to the end
     */
    private record DemoPlacement(String participant, String employer, boolean awardee, Modality modality,
                                 @Nullable ContractType contractType, LocalDate start, @Nullable LocalDate end,
                                 int monthlyHours, List<Share> shares, @Nullable String justification) {
    }

    private final Upstream upstream;
    private final PlacementBook placements;
    private final Ledger ledger;
    private final StatementImport statements;
    private final CandidatePipeline pipeline;
    private final MefAgreements agreements;
    private final TransactionTemplate transaction;
    private final CurrentUser user;
    private final Clock clock;
    private final JdbcClient jdbc;

    FacilitationDemoData(Upstream upstream, PlacementBook placements, Ledger ledger, StatementImport statements,
                         CandidatePipeline pipeline, MefAgreements agreements, PlatformTransactionManager transactions,
                         CurrentUser user, Clock clock, JdbcClient jdbc) {
        this.upstream = upstream;
        this.placements = placements;
        this.ledger = ledger;
        this.statements = statements;
        this.pipeline = pipeline;
        this.agreements = agreements;
        this.transaction = new TransactionTemplate(transactions);
        this.user = user;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** As the user {@value #USER} with the role FACILITATOR, like the other modules' demo data. */
    @Override
    public void run(ApplicationArguments args) {
        user.runAs(USER, () -> {
            if (placements.count(PlacementFilter.ALL) > 0 || ledger.countStatements(StatementFilter.in(Set.of())) > 0
                    || pipeline.countOffers(new OfferFilter(null, null)) > 0) {
                return;
            }
            YearMonth thisMonth = YearMonth.now(clock);
            List<DemoPlacement> plan = plan(thisMonth);
            List<String> people = new ArrayList<>(plan.stream().map(DemoPlacement::participant).toList());
            people.addAll(List.of("Aïcha Camara", "Rachid Amrani", "Lucas Petit"));
            upstream.await(List.of(SCHOOL_MASONRY, SCHOOL_PAINTING, GREEN_SPACES, HOUSING_INSULATION,
                    HOUSING_WINDOWS, ROAD), people, List.of(TREMPLIN, GEIQ)).ifPresent(found -> {
                try {
                    transaction.executeWithoutResult(status -> load(found, plan, thisMonth));
                    LOG.info("Demo data: facilitation follows the demo clauses with {} placements", plan.size() + 1);
                } catch (RuntimeException failed) {
                    LOG.warn("Demo data: facilitation's demo data could not be loaded, so none was added", failed);
                }
            });
        }, Roles.FACILITATOR);
    }

    private List<DemoPlacement> plan(YearMonth thisMonth) {
        LocalDate endOfMonth = thisMonth.atEndOfMonth();
        return List.of(
                new DemoPlacement("Nadia Haddad", BATIMENTS_SEINE, true, DIRECT_HIRE, ContractType.CDD,
                        thisMonth.minusMonths(3).atDay(2), thisMonth.plusMonths(9).atDay(1), 120,
                        whole(SCHOOL_MASONRY), null),
                // provided to Bâtiments Seine Construction on its two worksites: globalisation, 60/40
                new DemoPlacement("Mamadou Diallo", TREMPLIN, false, PROVISION, null,
                        thisMonth.minusMonths(6).atDay(5), null, 100,
                        List.of(new Share(SCHOOL_MASONRY, 60), new Share(HOUSING_INSULATION, 40)), null),
                new DemoPlacement("Sophie Lemaire", "Menuiseries du Mont-Valérien", true, DIRECT_HIRE,
                        ContractType.CDI, thisMonth.minusMonths(1).atDay(4), null, 100, whole(HOUSING_WINDOWS),
                        null),
                new DemoPlacement("Kevin Martins", JARDINS, true, SIAE_OWN_WORKFORCE, null,
                        thisMonth.minusMonths(11).atDay(1), endOfMonth, 90, whole(GREEN_SPACES), null),
                new DemoPlacement("Fatoumata Koné", BATIMENTS_SEINE, true, DIRECT_HIRE,
                        ContractType.PROFESSIONNALISATION, thisMonth.minusMonths(4).atDay(7),
                        thisMonth.plusMonths(8).atEndOfMonth(), 110, whole(HOUSING_INSULATION), null),
                new DemoPlacement("Jean-Pierre Morel", TREMPLIN, false, PROVISION, null,
                        thisMonth.minusMonths(3).atDay(10), endOfMonth, 70, whole(SCHOOL_PAINTING), null),
                new DemoPlacement("Yasmine Belkacem", JARDINS, true, SIAE_OWN_WORKFORCE, null,
                        thisMonth.minusMonths(8).atDay(1), null, 90, whole(GREEN_SPACES), null),
                // on the closed contract: 600 h of 653, so its clause failed
                new DemoPlacement("Thomas Girard", "TP Seine-Ouest", true, DIRECT_HIRE,
                        ContractType.CONTRAT_DE_CHANTIER, thisMonth.minusMonths(15).atDay(12),
                        thisMonth.minusMonths(6).atDay(28), 60, whole(ROAD), null),
                new DemoPlacement("Julie Fontaine", GEIQ, false, PROVISION, null, thisMonth.minusMonths(2).atDay(14),
                        thisMonth.plusMonths(4).atEndOfMonth(), 80, whole(HOUSING_INSULATION),
                        "Résidente du QPV des Fontenelles, orientée par le PLIE : un seul critère de niveau 2 "
                                + "justifié, l'attestation CAF de parent isolé est attendue. Dérogation accordée "
                                + "par le comité de suivi de la clause."));
    }

    private static List<Share> whole(ClauseRef clause) {
        return List.of(new Share(clause, 100));
    }

    private void load(Upstream.Found found, List<DemoPlacement> plan, YearMonth thisMonth) {
        YearMonth lastMonth = thisMonth.minusMonths(1);
        StringBuilder validated = new StringBuilder(STATEMENT_HEADER);
        StringBuilder waiting = new StringBuilder(STATEMENT_HEADER);
        for (DemoPlacement demo : plan) {
            FollowedClause first = found.clause(demo.shares().getFirst().clause());
            Placement placement = placements.place(new NewPlacement(found.reference(demo.participant()),
                    demo.awardee() ? first.awardeeSiret() : found.siret(demo.employer()), demo.employer(),
                    demo.modality(), demo.contractType(), demo.start(), demo.end(),
                    demo.shares().stream().map(share -> new ClauseShare(found.clause(share.clause()).clauseId(),
                            BigDecimal.valueOf(share.percent()))).toList(),
                    demo.justification()));
            YearMonth last = demo.end() == null || YearMonth.from(demo.end()).isAfter(lastMonth) ? lastMonth
                    : YearMonth.from(demo.end());
            for (YearMonth month = YearMonth.from(demo.start()); !month.isAfter(last); month = month.plusMonths(1)) {
                String line = placement.participantReference() + ";" + month.format(MONTH) + ";"
                        + demo.monthlyHours() + "\n";
                if (month.equals(lastMonth) && demo.employer().equals(VALIDATED_STATEMENT_OF)) {
                    validated.append(line);
                } else if (month.equals(lastMonth) && demo.employer().equals(WAITING_STATEMENT_OF)) {
                    waiting.append(line);
                } else {
                    ledger.enter(placement.id(), month, BigDecimal.valueOf(demo.monthlyHours()));
                }
            }
        }
        Statement received = receive("releve-batiments-seine-construction-" + lastMonth + ".csv", validated);
        ledger.validate(ledger.check(received));
        receive("releve-tremplin-interim-" + lastMonth + ".csv", waiting);
        loadPipeline(found);
        int year = thisMonth.getYear();
        agreements.agree(new AgreementTerms(year, BigDecimal.valueOf(250_000), LocalDate.of(year, 2, 10), 6_000, 12,
                6, "Convention annuelle d'objectifs et de moyens " + year));
        // one last count of every demo clause, so that procurement's latest report has all the hours
        ledger.recount(found.clauseIds());
        companyAccount(found.clause(SCHOOL_MASONRY).awardeeSiret());
    }

    /**
     * The portal account of Bâtiments Seine Construction, {@value #DEMO_COMPANY} with the password {@code demo}
     * like the other demo accounts (a facilitator's account gets its password through an e-mailed link).
     */
    private void companyAccount(@Nullable String siret) {
        if (siret == null) {
            return;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into facilitation.company_account (id, username, name, language, password_hash, active,
                            created_by, created_at, version)
                        values (?, ?, ?, 'fr', ?, true, ?, ?, 0)""")
                .params(id, DEMO_COMPANY, BATIMENTS_SEINE,
                        "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                                .encode("demo"), USER, java.sql.Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("insert into facilitation.company_account_siret (company_account, siret) values (?, ?)")
                .params(id, siret).update();
    }

    /** As a facilitator imports a file: preview, then apply; every line must be accepted. */
    private Statement receive(String fileName, CharSequence csv) {
        StatementImport.Preview preview = statements.preview(fileName,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        if (preview.fileError() != null || preview.rejected() > 0) {
            throw new IllegalStateException("The demo statement " + fileName + " has rejected lines: "
                    + preview.lines());
        }
        UUID id = statements.apply(preview).id();
        return ledger.statements(StatementFilter.in(EnumSet.of(StatementState.RECEIVED)), Pageable.unpaged()).stream()
                .filter(statement -> statement.id().equals(id)).findFirst().orElseThrow();
    }

    private void loadPipeline(Upstream.Found found) {
        LocalDate today = LocalDate.now(clock);
        FollowedClause painting = found.clause(SCHOOL_PAINTING);
        JobOffer painters = pipeline.open(new OfferDetails(painting.clauseId(), painting.awardeeSiret(),
                "Peintures Modernes de l'Ouest", "Aide-peintre en bâtiment (H/F)", BigDecimal.valueOf(35),
                today.plusDays(7), today.plusDays(7).plusMonths(6), 2));
        Referral camara = pipeline.interview(pipeline.refer(painters.id(), found.reference("Aïcha Camara")));
        pipeline.hire(camara, new Hiring(DIRECT_HIRE, ContractType.CDD, today.plusDays(7),
                today.plusDays(7).plusMonths(6), null));
        pipeline.interview(pipeline.refer(painters.id(), found.reference("Rachid Amrani")));
        pipeline.refer(painters.id(), found.reference("Lucas Petit"));

        FollowedClause insulation = found.clause(HOUSING_INSULATION);
        JobOffer builders = pipeline.open(new OfferDetails(insulation.clauseId(), insulation.awardeeSiret(),
                BATIMENTS_SEINE, "Ouvrier polyvalent du bâtiment (H/F)", BigDecimal.valueOf(35), today.plusDays(14),
                today.plusDays(14).plusMonths(12), 1));
        pipeline.interview(pipeline.refer(builders.id(), found.reference("Kevin Martins")));
        pipeline.notRetain(pipeline.refer(builders.id(), found.reference("Lucas Petit")),
                "Permis B exigé pour aller d'un chantier à l'autre");
    }
}
