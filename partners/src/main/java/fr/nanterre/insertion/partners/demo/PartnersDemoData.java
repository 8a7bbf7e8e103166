package fr.nanterre.insertion.partners.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.structure.StructureFilter;
import fr.nanterre.insertion.partners.support.CitySupport;
import fr.nanterre.insertion.partners.support.YearlyObjectives.Figures;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, an empty database gets a few fictitious structures of Nanterre with the City's support,
 * and the participants of {@link DemoParticipants}, so that every screen has something to show. Structures are
 * added only when there are none, participants only when there are none. It lives in the module because it uses
 * the module's internals, and runs first: procurement's demo data awards lots to these structures, facilitation's
 * places these participants (see docs/decisions/0013-demo-data-per-module.md). Everything loads in one
 * transaction, with the events it publishes: a start killed half-way leaves nothing, and the next start loads it all
 * (decision 0027).
 */
@Component
@Profile("demo")
@Order(10)
class PartnersDemoData implements ApplicationRunner {

    private static final String USER = "demo-data";

    private record DemoStructure(String name, StructureKind kind, String street, boolean inQpv, String posts,
                                 int grant, Figures objective, Figures result) {
    }

    private static final List<DemoStructure> STRUCTURES = List.of(
            new DemoStructure("Régie de quartier Nanterre Parc", StructureKind.REGIE_DE_QUARTIER,
                    "12 avenue Pablo Picasso", true, "18.00", 85000, new Figures(22, 26000, 6),
                    new Figures(24, 25100, 7)),
            new DemoStructure("ACI Les Jardins du Chemin de l'Île", StructureKind.ACI, "3 rue des Anciennes Mairies",
                    true, "14.50", 60000, new Figures(16, 19000, 4), new Figures(15, 18200, 5)),
            new DemoStructure("Envie Hauts-de-Seine", StructureKind.EI, "40 rue des Trois Fontanot", false, "9.00",
                    30000, new Figures(10, 12000, 3), null),
            new DemoStructure("Tremplin Intérim Seine-Arche", StructureKind.ETTI, "218 avenue de la République",
                    false, "6.00", 20000, new Figures(40, 15000, 8), null),
            new DemoStructure("AI Solidarité Petit Nanterre", StructureKind.AI, "5 allée des Fontenelles", true,
                    "4.00", 15000, new Figures(30, 9000, 5), new Figures(28, 9400, 4)),
            new DemoStructure("GEIQ BTP Île-de-France Ouest", StructureKind.GEIQ, "10 boulevard de Pesaro", false,
                    null, 0, null, null),
            new DemoStructure("PLIE de Nanterre", StructureKind.PLIE, "88 rue du 8 Mai 1945", false, null, 120000,
                    null, null),
            new DemoStructure("Maison de l'emploi et de la formation", StructureKind.MEF, "1 place Gabriel Péri",
                    false, null, 250000, null, null),
            new DemoStructure("Bâtiments Seine Construction", StructureKind.EMPLOYER, "15 rue Salvador Allende",
                    false, null, 0, null, null),
            new DemoStructure("Peintures Modernes de l'Ouest", StructureKind.EMPLOYER, "27 rue des Venêts", false,
                    null, 0, null, null),
            new DemoStructure("Menuiseries du Mont-Valérien", StructureKind.EMPLOYER, "4 rue Lavoisier", false, null,
                    0, null, null));

    /** What the insertion structures do (CPV families and trades) and can take on (people, hours a year). */
    private static final java.util.Map<StructureKind, List<String>> ACTIVITIES = java.util.Map.of(
            StructureKind.REGIE_DE_QUARTIER, List.of("9091", "7731", "CLEANING"),
            StructureKind.ACI, List.of("7731", "GREEN_SPACES"),
            StructureKind.EI, List.of("45442", "PAINTING"));
    private static final java.util.Map<StructureKind, Integer[]> CAPACITY = java.util.Map.of(
            StructureKind.REGIE_DE_QUARTIER, new Integer[] {20, 24000},
            StructureKind.ACI, new Integer[] {15, 18000},
            StructureKind.EI, new Integer[] {9, 11000});

    private final StructureDirectory structures;
    private final CitySupport support;
    private final DemoParticipants participants;
    private final CurrentUser user;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PartnersDemoData(StructureDirectory structures, CitySupport support, DemoParticipants participants,
                     CurrentUser user, PlatformTransactionManager transactions, Clock clock) {
        this.structures = structures;
        this.support = support;
        this.participants = participants;
        this.user = user;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** As the user {@value #USER}, with the roles of the services it calls. */
    @Override
    public void run(ApplicationArguments args) {
        user.runAs(USER, () -> transaction.executeWithoutResult(status -> {
            if (structures.count(StructureFilter.ALL) == 0) {
                loadStructures();
            }
            participants.loadIfNone();
        }), Roles.ADMIN, Roles.PARTNERS);
    }

    private void loadStructures() {
        int year = LocalDate.now(clock).getYear();
        for (int i = 0; i < STRUCTURES.size(); i++) {
            DemoStructure demo = STRUCTURES.get(i);
            boolean agreed = demo.posts() != null;
            UUID id = structures.register(new StructureDetails(demo.name(), demo.kind(), siret(i), demo.street(),
                    "92000", "Nanterre", "92050", demo.inQpv(), agreed ? new BigDecimal(demo.posts()) : null,
                    agreed ? LocalDate.of(year, 1, 1) : null, agreed ? LocalDate.of(year, 12, 31) : null)
                    .withSupply(ACTIVITIES.getOrDefault(demo.kind(), List.of()),
                            CAPACITY.containsKey(demo.kind()) ? CAPACITY.get(demo.kind())[0] : null,
                            CAPACITY.containsKey(demo.kind()) ? CAPACITY.get(demo.kind())[1] : null)).id();
            if (demo.grant() > 0) {
                var grant = support.agree(id, year, "Soutien au fonctionnement " + year,
                        BigDecimal.valueOf(demo.grant()), "Bilan d'activité avant le 31 mars " + (year + 1),
                        LocalDate.of(year, 2, 15));
                support.pay(grant, LocalDate.of(year, 4, 1), BigDecimal.valueOf(demo.grant() / 2));
            }
            if (demo.objective() != null) {
                var yearly = support.setObjectives(id, year - 1, demo.objective());
                if (demo.result() != null) {
                    support.reportResults(yearly, demo.result(), LocalDate.of(year, 3, 15));
                }
                support.setObjectives(id, year, demo.objective());
            }
        }
    }

    /** A fictitious SIRET whose last digit makes the Luhn checksum right. */
    static String siret(int index) {
        String body = "9%08d0001".formatted(20500 + index);
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (new Siret(candidate).passesChecksum()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check digit for " + body);
    }
}
