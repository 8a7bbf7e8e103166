package fr.nanterre.insertion.partners.participant;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A participant's whole file, for the right of access: identity, criteria, pathways with their steps and history. */
public record ParticipantExtract(Participant participant, List<PathwayRecord> pathways) {

    public ParticipantExtract {
        pathways = List.copyOf(pathways);
    }

    /** @param structureName the structure that follows the pathway, if any */
    public record PathwayRecord(Pathway pathway, @Nullable String structureName, List<PathwayChange> history) {
    }
}
