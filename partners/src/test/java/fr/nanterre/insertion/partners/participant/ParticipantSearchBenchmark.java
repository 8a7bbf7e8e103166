package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import fr.nanterre.platform.text.SearchKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The first page of a search on part of a name, at the database, over 100,000 participants (with their criteria and
 * pathways) and 2,000 structures. Run alone:
 * {@code mvn -o verify -pl partners -am -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=ParticipantSearchBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest
class ParticipantSearchBenchmark {

    static final int PARTICIPANTS = 100_000;
    static final int STRUCTURES = 2_000;
    static final int RUNS = 21;
    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("name"));

    static final String[] LAST_NAMES = ("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon "
            + "Michel Lefèbvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau "
            + "Vincent Müller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier "
            + "Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis "
            + "Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard "
            + "Barbier Arnaud Martínez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre "
            + "Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland "
            + "Leclercq Guillaume Lecomte López Jean Dupuy Guillot Hubert Berger Carpentier Sánchez Dupuis Moulin Louis "
            + "Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot "
            + "Carré Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez Le Gall "
            + "Collet Léger Bouvier Julien Prévost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson Langlois "
            + "Rémy Le Goff Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob "
            + "Monnier Michaud Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Da "
            + "Silva Bouchet Gay Lemaître Benard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier "
            + "Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Benali Haddad Diallo Traoré Nguyen Cissé "
            + "Diop Kone Bensaïd Mansouri Belkacem Camara Sow Touré Fofana Keita Ouattara Bamba Yilmaz Kaya Öztürk "
            + "Ferreira Pereira Santos Oliveira Rodrigues Costa Wang Li Zhang Chen Tran Pham Hoang Rakotomalala")
            .split(" ");
    static final String[] FIRST_NAMES = ("Marie Jean Pierre Michel André Philippe Nathalie Isabelle Sylvie Catherine "
            + "Françoise Christine Monique Valérie Sandrine Alain Nicolas Christophe Patrick Éric Stéphane Laurent "
            + "Frédéric David Julien Sébastien Céline Aurélie Émilie Léa Chloé Manon Camille Inès Sarah Yasmine Fatou "
            + "Aïcha Mamadou Moussa Karim Mohamed Youssef Rayan Adam Lucas Hugo Nathan Théo Enzo Louis Gabriel Jules "
            + "Zoé Lina Awa Kadiatou Samira Nadia Leïla Amina Ibrahim Omar Hamza Ilyes Mehdi Sofiane Bilal Ahmed Ali "
            + "Hélène Élodie Maëlle Noémie Gaëlle Anaïs Loïc Joël Raphaël Mickaël").split(" ");
    static final String[] CRITERIA = {"RSA", "ASS", "AAH", "JOB_SEEKER_24_MONTHS", "JOB_SEEKER_12_24_MONTHS",
            "UNDER_26_NO_QUALIFICATION", "OVER_50", "RQTH", "QPV_RESIDENT", "SINGLE_PARENT", "HOMELESS_OR_SHELTERED"};
    static final String[] ORGANISATIONS = Arrays.stream(ReferringOrganisation.values()).map(Enum::name)
            .toArray(String[]::new);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    private final Random random = new Random(92050);
    private final EligibilityRule rule = new EligibilityRule(2);
    private final LocalDate today = LocalDate.now();

    @Test
    void theFirstPageOfASearchOnPartOfANameComesBackInUnder100Milliseconds() {
        long started = System.nanoTime();
        List<UUID> structures = insertStructures();
        insertParticipants(structures);
        jdbc.sql("analyze").update();
        System.out.printf("%nBenchmark data: %,d participants, %,d structures in the table, loaded in %.1f s%n",
                count("participant"), count("structure"), (System.nanoTime() - started) / 1e9);

        List<Double> medians = new ArrayList<>();
        for (String text : List.of("mart", "lefe", "nguyen", "dupont marie", "helene", "zzq", "ma", "e")) {
            ParticipantSearch search = new ParticipantSearch(ParticipantFilter.named(text), today, rule);
            long matching = search.count(jdbc);
            double page = medianMillis(() -> search.page(jdbc, FIRST_PAGE));
            double countMillis = medianMillis(() -> search.count(jdbc));
            medians.add(page);
            System.out.printf("search \"%s\": %,d matching; first page of 50 by name: median %.1f ms; "
                    + "count: median %.1f ms%n", text, matching, page, countMillis);
        }
        ParticipantSearch eligible = new ParticipantSearch(new ParticipantFilter("mart", null, null, true), today,
                rule);
        System.out.printf("search \"mart\" and eligible today: %,d matching; first page: median %.1f ms; "
                        + "count: median %.1f ms%n", eligible.count(jdbc),
                medianMillis(() -> eligible.page(jdbc, FIRST_PAGE)), medianMillis(() -> eligible.count(jdbc)));
        ParticipantSearch all = new ParticipantSearch(ParticipantFilter.ALL, today, rule);
        System.out.printf("no search: first page by name: median %.1f ms; count: median %.1f ms%n%n",
                medianMillis(() -> all.page(jdbc, FIRST_PAGE)), medianMillis(() -> all.count(jdbc)));

        assertThat(medians).allMatch(median -> median < 100);
    }

    /** Median of {@value #RUNS} runs, after three to warm the caches. */
    private static double medianMillis(Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private List<UUID> insertStructures() {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        String[] kinds = {"ACI", "AI", "EI", "ETTI", "GEIQ", "EMPLOYER"};
        long firstSiret = random.nextLong(10_000_000_000_000L, 90_000_000_000_000L);
        for (int i = 0; i < STRUCTURES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String name = "Structure " + pick(LAST_NAMES) + " " + i;
            String siret = "%014d".formatted(firstSiret + i);
            rows.add(new Object[]{id, name, kinds[i % kinds.length], siret, SearchKey.of(name),
                    Timestamp.from(Instant.now())});
        }
        jdbcTemplate.batchUpdate("""
                insert into partners.structure (id, name, kind, siret, search_key, registered_at, version)
                values (?, ?, ?, ?, ?, ?, 0)""", rows);
        return ids;
    }

    private void insertParticipants(List<UUID> structures) {
        long first = jdbc.sql("select nextval('partners.participant_reference')").query(Long.class).single();
        jdbc.sql("select setval('partners.participant_reference', ?)").param(first + PARTICIPANTS).query(Long.class)
                .single();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        List<Object[]> pathways = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            UUID id = UUID.randomUUID();
            String lastName = random.nextInt(10) == 0 ? pick(LAST_NAMES) + "-" + pick(LAST_NAMES) : pick(LAST_NAMES);
            String firstName = pick(FIRST_NAMES);
            LocalDate enrolled = today.minusDays(random.nextInt(3 * 365));
            participants.add(new Object[]{id, "P-%d-%06d".formatted(enrolled.getYear(), first + i), lastName,
                    firstName, Date.valueOf(LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12),
                    1 + random.nextInt(28))), random.nextBoolean() ? "FEMALE" : "MALE", "Nanterre", "92050",
                    random.nextInt(3) == 0, pick(ORGANISATIONS), SearchKey.of(lastName + " " + firstName),
                    Date.valueOf(enrolled)});
            for (int c = random.nextInt(4); c > 0; c--) {
                LocalDate proof = enrolled.plusDays(random.nextInt(60));
                criteria.add(new Object[]{UUID.randomUUID(), id, pick(CRITERIA), Date.valueOf(proof),
                        Date.valueOf(proof.plusDays(91)), Timestamp.from(Instant.now())});
            }
            pathways.add(new Object[]{UUID.randomUUID(), id, Date.valueOf(enrolled),
                    structures.get(random.nextInt(structures.size()))});
            if (participants.size() == 10_000) {
                flush(participants, criteria, pathways);
            }
        }
        flush(participants, criteria, pathways);
    }

    private void flush(List<Object[]> participants, List<Object[]> criteria, List<Object[]> pathways) {
        jdbcTemplate.batchUpdate("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, 0)""", participants);
        jdbcTemplate.batchUpdate("""
                insert into partners.participant_criterion (id, participant_id, criterion_code, proof_checked,
                    proof_date, valid_until, recorded_by, recorded_at)
                values (?, ?, ?, 'Justificatif', ?, ?, 'benchmark', ?)""", criteria);
        jdbcTemplate.batchUpdate("""
                insert into partners.pathway (id, participant_id, entry_date, structure_id, version)
                values (?, ?, ?, ?, 0)""", pathways);
        participants.clear();
        criteria.clear();
        pathways.clear();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from partners." + table).query(Long.class).single();
    }
}
