package fr.nanterre.insertion.facilitation.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.directory.ReferralDirectory;
import fr.nanterre.insertion.facilitation.directory.ReferralStructure;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.partners.ParticipantSummary;
import fr.nanterre.insertion.partners.ParticipantSummary.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What facilitation's demo data needs from the other modules' demo data, as facilitation learns it from their
 * events: the clauses of procurement's demo contracts (by contract reference and lot), partners' demo participants
 * (by name, read through {@link ParticipantRegistry}) and structures (by name). The events are delivered
 * asynchronously after the other modules' demo data committed, so {@link #await} polls until all of it is there.
 * Only facilitation's own tables are read.
 */
@Component
@Profile("demo")
class Upstream {

    private static final Logger LOG = LoggerFactory.getLogger(Upstream.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    /** A clause, by its contract's reference and its lot's number. */
    record ClauseRef(String contract, int lot) {

        @Override
        public String toString() {
            return "clause " + contract + " lot " + lot;
        }
    }

    /** What was found: clauses by reference, participants' references and structures' SIRETs by name. */
    record Found(Map<ClauseRef, FollowedClause> clauses, Map<String, String> references,
                 Map<String, String> sirets) {

        FollowedClause clause(ClauseRef clause) {
            return clauses.get(clause);
        }

        String reference(String participant) {
            return references.get(participant);
        }

        String siret(String structure) {
            return sirets.get(structure);
        }

        List<UUID> clauseIds() {
            return clauses.values().stream().map(FollowedClause::clauseId).toList();
        }
    }

    private final FollowedClauses clauses;
    private final ReferralDirectory directory;
    private final ParticipantRegistry registry;
    private final JdbcClient jdbc;

    Upstream(FollowedClauses clauses, ReferralDirectory directory, ParticipantRegistry registry, JdbcClient jdbc) {
        this.clauses = clauses;
        this.directory = directory;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /**
     * Waits until every clause, participant and structure named is known to facilitation, at most
     * {@link #PATIENCE}. The caller has the role FACILITATOR (participants' names are personal data).
     *
     * @return empty, with a warning in the log, when some never arrived
     */
    Optional<Found> await(Collection<ClauseRef> clauseRefs, Collection<String> people, Collection<String> structures) {
        long start = System.nanoTime();
        long lastLog = start;
        Map<UUID, String> names = new HashMap<>();
        LOG.info("Demo data: facilitation waits for {} clauses, {} participants and {} structures from the other "
                + "modules' events", clauseRefs.size(), people.size(), structures.size());
        while (true) {
            List<String> missing = new ArrayList<>();
            Map<ClauseRef, FollowedClause> clausesFound = new HashMap<>();
            clauses.all().forEach(clause -> clausesFound.put(new ClauseRef(clause.contractReference(),
                    clause.lotNumber()), clause));
            clauseRefs.stream().filter(ref -> !clausesFound.containsKey(ref)).map(ClauseRef::toString)
                    .forEach(missing::add);
            Map<String, String> sirets = new HashMap<>();
            for (String structure : structures) {
                directory.findAll(structure).stream().filter(found -> found.name().equals(structure)).findFirst()
                        .map(ReferralStructure::siret).ifPresentOrElse(siret -> sirets.put(structure, siret),
                                () -> missing.add("structure " + structure));
            }
            Map<String, String> references = new HashMap<>();
            // identities are read only once the clauses are there: procurement's demo data ran in this database
            if (missing.isEmpty()) {
                references = references(names);
                people.stream().filter(name -> !names.containsValue(name)).map(name -> "participant " + name)
                        .forEach(missing::add);
            }
            if (missing.isEmpty()) {
                LOG.info("Demo data: facilitation found what it needs after {} ms",
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                return Optional.of(new Found(clausesFound, references, sirets));
            }
            long now = System.nanoTime();
            if (Duration.ofNanos(now - start).compareTo(PATIENCE) > 0) {
                LOG.warn("Demo data: after {} s facilitation still misses {}; it adds no demo data",
                        PATIENCE.toSeconds(), missing);
                return Optional.empty();
            }
            if (Duration.ofNanos(now - lastLog).compareTo(LOG_EVERY) > 0) {
                LOG.info("Demo data: facilitation still waits for {}", missing);
                lastLog = now;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The references of the known participants by name, reading the identities not read yet into {@code names}. */
    private Map<String, String> references(Map<UUID, String> names) {
        Map<String, String> references = new HashMap<>();
        Map<UUID, String> known = new HashMap<>();
        jdbc.sql("select participant_id, reference from facilitation.known_participant")
                .query(row -> {
                    known.put(row.getObject("participant_id", UUID.class), row.getString("reference"));
                });
        known.forEach((id, reference) -> references.put(names.computeIfAbsent(id, unread -> registry.find(unread)
                .map(ParticipantSummary::identity).map(Upstream::name).orElse("")), reference));
        return references;
    }

    private static String name(Identity identity) {
        return identity.firstName() + " " + identity.lastName();
    }
}
