package fr.nanterre.insertion.partners.participant;

import java.util.List;

import fr.nanterre.insertion.partners.PersonalDataSource;
import fr.nanterre.platform.report.ReportTable;

import org.jspecify.annotations.Nullable;

/**
 * A participant's whole file, for the right of access: identity, criteria, pathways with their steps and history,
 * and what the other modules keep about the person ({@code elsewhere}, from each {@link PersonalDataSource}).
 */
public record ParticipantExtract(Participant participant, List<PathwayRecord> pathways, List<ReportTable> elsewhere) {

    public ParticipantExtract {
        pathways = List.copyOf(pathways);
        elsewhere = List.copyOf(elsewhere);
    }

    public ParticipantExtract(Participant participant, List<PathwayRecord> pathways) {
        this(participant, pathways, List.of());
    }

    /** @param structureName the structure that follows the pathway, if any */
    public record PathwayRecord(Pathway pathway, @Nullable String structureName, List<PathwayChange> history) {
    }
}
