package fr.nanterre.insertion.partners.demo;

import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.CAP_EMPLOI;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.CCAS;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.DEPARTEMENT;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.FRANCE_TRAVAIL;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.MISSION_LOCALE;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.OTHER;
import static fr.nanterre.insertion.partners.participant.ReferringOrganisation.PLIE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.EligibilityCriterion;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantFilter;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.insertion.partners.participant.StepDetails;
import fr.nanterre.insertion.partners.participant.StepType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Twelve fictitious participants living in Nanterre, with the proofs of their eligibility criteria dated
 * relative to today: ten are eligible today, and were on the day facilitation's demo data placed them (up to 16
 * months ago: short-lived proofs were renewed); Julie Fontaine has one level-2 criterion only, and Lucas Petit's
 * RSA certificate ran out. Three have a pathway with steps; Sophie
 * Lemaire's ended in a CDI. Facilitation's demo data finds them by name.
 */
@Component
@Profile("demo")
class DemoParticipants {

    /** @param daysAgo when each proof was checked, oldest first: short-lived proofs were renewed */
    private record Proof(String criterion, List<Integer> daysAgo) {
    }

    private record Person(String lastName, String firstName, Sex sex, int age, MonthDay birthday, String address,
                          boolean qpvResident, ReferringOrganisation organisation, String referent,
                          List<Proof> proofs) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Haddad", "Nadia", Sex.FEMALE, 41, MonthDay.of(3, 12), "23 avenue Pablo Picasso", true,
                    DEPARTEMENT, "Claire Roussel", List.of(proof("RSA", 200, 110, 25), proof("SINGLE_PARENT", 150))),
            new Person("Diallo", "Mamadou", Sex.MALE, 34, MonthDay.of(11, 2), "9 allée des Fontenelles", true,
                    FRANCE_TRAVAIL, "Olivier Mercier",
                    List.of(proof("JOB_SEEKER_24_MONTHS", 225, 135, 45), proof("QPV_RESIDENT", 35))),
            new Person("Lemaire", "Sophie", Sex.FEMALE, 54, MonthDay.of(6, 27), "41 rue Sadi Carnot", false,
                    CAP_EMPLOI, "Claire Roussel", List.of(proof("OVER_50", 430), proof("RQTH", 430))),
            new Person("Martins", "Kevin", Sex.MALE, 22, MonthDay.of(1, 19), "11 rue du Chemin de l'Île", true,
                    MISSION_LOCALE, "Inès Bouaziz", List.of(proof("UNDER_26_NO_QUALIFICATION", 380, 20),
                    proof("MOBILITY_PROBLEM", 380, 20), proof("QPV_RESIDENT", 20))),
            new Person("Koné", "Fatoumata", Sex.FEMALE, 29, MonthDay.of(9, 8), "6 rue Pierre Brossolette", true, PLIE,
                    "Claire Roussel", List.of(proof("RSA", 170, 85, 5))),
            new Person("Morel", "Jean-Pierre", Sex.MALE, 58, MonthDay.of(4, 30), "102 avenue de la République", false,
                    FRANCE_TRAVAIL, "Olivier Mercier", List.of(proof("ASS", 130, 45), proof("OVER_50", 130))),
            new Person("Belkacem", "Yasmine", Sex.FEMALE, 24, MonthDay.of(7, 14), "30 avenue Pablo Picasso", true,
                    MISSION_LOCALE, "Inès Bouaziz",
                    List.of(proof("UNDER_26_NO_QUALIFICATION", 300), proof("LEAVING_CHILD_WELFARE", 300))),
            new Person("Girard", "Thomas", Sex.MALE, 37, MonthDay.of(12, 5), "56 boulevard du Couchant", false,
                    CAP_EMPLOI, "Olivier Mercier", List.of(proof("AAH", 500, 150))),
            new Person("Fontaine", "Julie", Sex.FEMALE, 27, MonthDay.of(2, 21), "2 allée des Fontenelles", true, PLIE,
                    "Claire Roussel", List.of(proof("QPV_RESIDENT", 40))),
            new Person("Camara", "Aïcha", Sex.FEMALE, 45, MonthDay.of(10, 3), "18 rue Gutenberg", false, CCAS,
                    "Nathalie Perrin",
                    List.of(proof("REFUGEE_OR_ASYLUM_SEEKER", 100), proof("FRENCH_BELOW_A1", 100))),
            new Person("Amrani", "Rachid", Sex.MALE, 31, MonthDay.of(5, 17), "Domicilié au CCAS, 10 rue du 8 Mai 1945",
                    false, OTHER, "Nathalie Perrin",
                    List.of(proof("HOMELESS_OR_SHELTERED", 45), proof("PRISON_OR_COURT_SUPERVISION", 45))),
            new Person("Petit", "Lucas", Sex.MALE, 39, MonthDay.of(8, 29), "7 rue Maurice Thorez", false, DEPARTEMENT,
                    "Nathalie Perrin", List.of(proof("RSA", 150))));

    private final ParticipantDirectory directory;
    private final PathwayFollowUp pathways;
    private final Clock clock;

    DemoParticipants(ParticipantDirectory directory, PathwayFollowUp pathways, Clock clock) {
        this.directory = directory;
        this.pathways = pathways;
        this.clock = clock;
    }

    /** Enrols the participants when there are none; the caller has the role PARTNERS. */
    void loadIfNone() {
        if (directory.count(ParticipantFilter.ALL) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, EligibilityCriterion> criteria = new HashMap<>();
        directory.criteria().forEach(criterion -> criteria.put(criterion.code(), criterion));
        Map<String, UUID> enrolled = new HashMap<>();
        for (Person person : PEOPLE) {
            Participant participant = directory.enrol(new ParticipantDetails(person.lastName(), person.firstName(),
                    person.birthday().atYear(today.getYear() - person.age()), person.sex(), person.address(),
                    "92000", "Nanterre", ParticipantDetails.NANTERRE_INSEE_CODE, person.qpvResident(), true,
                    person.referent(), person.organisation()));
            for (Proof proof : person.proofs()) {
                for (int daysAgo : proof.daysAgo()) {
                    participant = directory.recordCriterion(participant,
                            new NewCriterion(proof.criterion(), criteria.get(proof.criterion()).proofFr(),
                                    today.minusDays(daysAgo)));
                }
            }
            enrolled.put(person.lastName(), participant.id());
        }
        loadPathways(enrolled, today);
    }

    private void loadPathways(Map<String, UUID> enrolled, LocalDate today) {
        Pathway haddad = open(enrolled.get("Haddad"), today.minusDays(300), "PLIE de Nanterre");
        haddad = step(haddad, StepType.TRAINING, today.minusDays(280), today.minusDays(200),
                "Remise à niveau en français et en calcul");
        step(haddad, StepType.CLAUSE_WORK, today.minusDays(95), null,
                "Aide-maçonne, clause d'insertion du groupe scolaire Les Pâquerettes");

        Pathway martins = open(enrolled.get("Martins"), today.minusDays(420), "ACI Les Jardins du Chemin de l'Île");
        YearMonth thisMonth = YearMonth.from(today);
        step(martins, StepType.SIAE_CONTRACT, thisMonth.minusMonths(11).atDay(1), thisMonth.atEndOfMonth(),
                "CDDI d'agent d'espaces verts, 26 h par semaine");

        // hired in CDI by Menuiseries du Mont-Valérien on the 4th of last month: the pathway ends there
        LocalDate hired = thisMonth.minusMonths(1).atDay(4);
        Pathway lemaire = open(enrolled.get("Lemaire"), today.minusDays(450), "PLIE de Nanterre");
        lemaire = step(lemaire, StepType.TRAINING, today.minusDays(420), today.minusDays(330),
                "Titre professionnel de menuisier poseur installateur");
        lemaire = step(lemaire, StepType.OTHER, today.minusDays(300), today.minusDays(286),
                "Période de mise en situation en milieu professionnel");
        lemaire = step(lemaire, StepType.JOB, hired, null, "CDI de menuisière poseuse");
        pathways.exit(lemaire, new NewExit(hired, ExitOutcome.CDI));
    }

    private Pathway open(UUID participantId, LocalDate entry, String structure) {
        return pathways.open(participantId, new NewPathway(entry,
                pathways.structures(structure, 0, 1).stream().findFirst().orElse(null)));
    }

    private Pathway step(Pathway pathway, StepType type, LocalDate start, @Nullable LocalDate end, String note) {
        return pathways.addStep(pathway, new StepDetails(type, start, end, note));
    }

    private static Proof proof(String criterion, Integer... daysAgo) {
        return new Proof(criterion, List.of(daysAgo));
    }
}
