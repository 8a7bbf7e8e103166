package fr.nanterre.insertion.facilitation.placement;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.ParticipantProfile;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;

/**
 * Where the participant lived, their sex and their age band when the placement started, as partners gave them
 * then. Kept on the placement, like the eligibility snapshot, so that the charter's figures (hours of Nanterre and
 * QPV residents, by sex and age band) count the person as they were when the work started, whatever changes later.
 */
public record ProfileAtStart(Residence residence, Sex sex, AgeBand ageBand) {

    static ProfileAtStart of(ParticipantProfile profile) {
        return new ProfileAtStart(profile.residence(), profile.sex(), profile.ageBand());
    }
}
