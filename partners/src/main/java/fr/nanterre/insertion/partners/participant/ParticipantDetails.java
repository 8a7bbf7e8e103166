package fr.nanterre.insertion.partners.participant;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fr.nanterre.insertion.partners.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A participant's identity, referent and referring organisation, as a user enters them.
 *
 * @param inseeCode        the commune's INSEE code (5 characters, 2A/2B for Corsica), {@value #NANTERRE_INSEE_CODE}
 *                         for Nanterre
 * @param nanterreResident lives in Nanterre, even when registered at an address elsewhere (domiciliation)
 */
public record ParticipantDetails(String lastName, String firstName, LocalDate birthDate, Sex sex,
                                 @Nullable String address, @Nullable String postalCode, String commune,
                                 String inseeCode, boolean qpvResident, boolean nanterreResident,
                                 @Nullable String referent, ReferringOrganisation referringOrganisation) {

    public static final String NANTERRE_INSEE_CODE = "92050";
    public static final String INSEE_CODE_PATTERN = "[0-9][0-9AB][0-9]{3}";
    public static final String POSTAL_CODE_PATTERN = "[0-9]{5}";
    public static final int NAME_MAX_LENGTH = 100;
    public static final int ADDRESS_MAX_LENGTH = 200;

    /** Spaces around the values taken off, blank optional values made null, the INSEE code in capitals. */
    ParticipantDetails normalised() {
        return new ParticipantDetails(strip(lastName), strip(firstName), birthDate, sex, blankToNull(address),
                blankToNull(postalCode), strip(commune), strip(inseeCode).toUpperCase(Locale.ROOT), qpvResident,
                nanterreResident, blankToNull(referent), referringOrganisation);
    }

    /** @throws IllegalArgumentException naming the first field that is wrong */
    void check(LocalDate today) {
        require(!lastName.isBlank() && lastName.length() <= NAME_MAX_LENGTH, "lastName");
        require(!firstName.isBlank() && firstName.length() <= NAME_MAX_LENGTH, "firstName");
        require(birthDate != null && !birthDate.isAfter(today), "birthDate");
        require(sex != null, "sex");
        require(address == null || address.length() <= ADDRESS_MAX_LENGTH, "address");
        require(postalCode == null || postalCode.matches(POSTAL_CODE_PATTERN), "postalCode");
        require(!commune.isBlank() && commune.length() <= NAME_MAX_LENGTH, "commune");
        require(inseeCode.matches(INSEE_CODE_PATTERN), "inseeCode");
        require(referent == null || referent.length() <= NAME_MAX_LENGTH, "referent");
        require(referringOrganisation != null, "referringOrganisation");
    }

    /** The names of the fields whose values differ, for the audit log (which never holds the values). */
    List<String> fieldsChangedIn(ParticipantDetails other) {
        return Arrays.stream(ParticipantDetails.class.getRecordComponents())
                .filter(component -> !Objects.equals(value(component, this), value(component, other)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static @Nullable Object value(RecordComponent component, ParticipantDetails details) {
        try {
            return component.getAccessor().invoke(details);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            throw new IllegalArgumentException("Invalid participant field: " + field);
        }
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
