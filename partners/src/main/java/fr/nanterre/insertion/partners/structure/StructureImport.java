package fr.nanterre.insertion.partners.structure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.platform.importing.ImportPreview;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Line;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports structures from a CSV or XLSX file in two steps: a preview that checks every line and says why a
 * line is rejected, then the import of all the valid lines in one transaction, so that nothing is ever half
 * imported. Columns are found by their header, in French or English, in any order.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.ADMIN + "')")
public class StructureImport {

    /** A line's verdict; {@code reason} is a message key, {@code detail} what was read in the file. */
    public record Verdict(int line, @Nullable StructureDetails details, @Nullable String reason, String detail,
                          boolean siretWarning) {

        public boolean accepted() {
            return details != null;
        }
    }

    public record Preview(String fileName, List<Verdict> lines, @Nullable String fileError)
            implements ImportPreview<Verdict> {

        public List<StructureDetails> acceptedDetails() {
            return lines.stream().filter(Verdict::accepted).map(Verdict::details).toList();
        }

        @Override
        public boolean accepts(Verdict line) {
            return line.accepted();
        }
    }

    enum Column {
        NAME("nom", "raison sociale", "name"),
        KIND("type", "kind"),
        SIRET("siret"),
        STREET("adresse", "street", "address"),
        POSTAL_CODE("code postal", "postal code", "cp"),
        COMMUNE("commune", "ville", "city"),
        INSEE_CODE("code insee", "insee", "insee code"),
        QPV("qpv"),
        AGREEMENT_POSTS("postes etp", "postes conventionnes", "etp", "agreement posts", "posts fte"),
        AGREEMENT_FROM("debut conventionnement", "conventionnement du", "agreement from", "valid from"),
        AGREEMENT_TO("fin conventionnement", "conventionnement au", "agreement to", "valid to"),
        ACTIVITIES("activites", "activite", "metiers", "codes cpv", "cpv", "activities", "trades"),
        CAPACITY_PEOPLE("capacite personnes", "effectif mobilisable", "personnes", "capacity people", "people"),
        CAPACITY_HOURS("capacite heures an", "capacite heures", "heures par an", "capacity hours per year",
                "hours per year");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }
    }

    /** Strict: 31/02/2026 is refused, not read as 28 February. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final StructureDirectory directory;
    private final Structures structures;

    StructureImport(StructureDirectory directory, Structures structures) {
        this.directory = directory;
        this.structures = structures;
    }

    @Transactional(readOnly = true)
    public Preview preview(String fileName, byte[] content) {
        SpreadsheetReader.Content file = SpreadsheetReader.content(fileName, content);
        if (file.problem() != null) {
            return new Preview(fileName, List.of(), file.problem());
        }
        List<Line> lines = file.lines();
        Map<Column, Integer> columns = columns(lines.getFirst());
        if (!columns.keySet().containsAll(Set.of(Column.NAME, Column.KIND, Column.SIRET))) {
            return new Preview(fileName, List.of(), "partners.import.file.columns");
        }
        Set<String> seen = new HashSet<>();
        List<Verdict> verdicts = lines.subList(1, lines.size()).stream()
                .map(line -> check(line, columns, seen))
                .toList();
        return new Preview(fileName, verdicts, null);
    }

    /** Registers every accepted line of the preview, or none if one of them cannot be registered. */
    @Transactional
    public int apply(Preview preview) {
        preview.acceptedDetails().forEach(directory::register);
        return preview.acceptedDetails().size();
    }

    private static Map<Column, Integer> columns(Line header) {
        Map<Column, Integer> found = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = SearchKey.of(header.cell(i)).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
            int index = i;
            Arrays.stream(Column.values()).filter(c -> c.headers.contains(name))
                    .forEach(c -> found.putIfAbsent(c, index));
        }
        return found;
    }

    private Verdict check(Line line, Map<Column, Integer> columns, Set<String> seen) {
        String name = cell(line, columns, Column.NAME);
        String kindText = cell(line, columns, Column.KIND);
        String siretText = cell(line, columns, Column.SIRET);
        String detail = name + " – " + siretText;
        if (name.isBlank()) {
            return rejected(line, "partners.import.reason.name", detail);
        }
        Optional<StructureKind> kind = kind(kindText);
        if (kind.isEmpty()) {
            return rejected(line, "partners.import.reason.kind", kindText);
        }
        if (!Siret.isWellFormed(siretText)) {
            return rejected(line, "partners.import.reason.siret", siretText);
        }
        Siret siret = Siret.parse(siretText);
        if (!seen.add(siret.value() + "/" + kind.get())) {
            return rejected(line, "partners.import.reason.duplicate-in-file", detail);
        }
        if (structures.existsBySiretAndKind(siret.value(), kind.get())) {
            return rejected(line, "partners.import.reason.duplicate", detail);
        }
        if (name.strip().length() > Structure.NAME_MAX_LENGTH) {
            return rejected(line, "partners.import.reason.name-too-long", name);
        }
        String postalCode = cell(line, columns, Column.POSTAL_CODE);
        if (!Address.isPostalCode(postalCode)) {
            return rejected(line, "partners.import.reason.postal-code", postalCode);
        }
        String inseeCode = cell(line, columns, Column.INSEE_CODE);
        if (!Address.isInseeCode(inseeCode)) {
            return rejected(line, "partners.import.reason.insee-code", inseeCode);
        }
        BigDecimal posts;
        LocalDate from;
        LocalDate to;
        try {
            posts = decimal(cell(line, columns, Column.AGREEMENT_POSTS));
            from = date(cell(line, columns, Column.AGREEMENT_FROM));
            to = date(cell(line, columns, Column.AGREEMENT_TO));
        } catch (NumberFormatException notANumber) {
            return rejected(line, "partners.import.reason.number", cell(line, columns, Column.AGREEMENT_POSTS));
        } catch (DateTimeParseException notADate) {
            return rejected(line, "partners.import.reason.date", notADate.getParsedString());
        }
        if (posts != null && posts.signum() < 0) {
            return rejected(line, "partners.import.reason.number", posts.toPlainString());
        }
        if (!StateAgreement.datesInOrder(from, to)) {
            return rejected(line, "partners.import.reason.agreement-dates", from + " > " + to);
        }
        List<String> activities;
        try {
            activities = Activities.parse(cell(line, columns, Column.ACTIVITIES));
        } catch (IllegalArgumentException notAnActivity) {
            return rejected(line, "partners.import.reason.activities", cell(line, columns, Column.ACTIVITIES));
        }
        Integer people;
        Integer hours;
        try {
            people = count(cell(line, columns, Column.CAPACITY_PEOPLE));
            hours = count(cell(line, columns, Column.CAPACITY_HOURS));
        } catch (NumberFormatException | ArithmeticException notACount) {
            return rejected(line, "partners.import.reason.capacity", cell(line, columns, Column.CAPACITY_PEOPLE)
                    + " / " + cell(line, columns, Column.CAPACITY_HOURS));
        }
        StructureDetails details = new StructureDetails(name, kind.get(), siret.value(),
                blankToNull(cell(line, columns, Column.STREET)), blankToNull(postalCode),
                blankToNull(cell(line, columns, Column.COMMUNE)), blankToNull(inseeCode),
                yes(cell(line, columns, Column.QPV)), posts, from, to, activities, people, hours);
        Structure.check(details);
        return new Verdict(line.number(), details, null, detail, !siret.passesChecksum());
    }

    private static Verdict rejected(Line line, String reason, String detail) {
        return new Verdict(line.number(), null, reason, detail, false);
    }

    private static String cell(Line line, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cell(index);
    }

    /** A kind's code (EI, ACI…) or its name as people write it ("Régie de quartier", "Entreprise"). */
    static Optional<StructureKind> kind(String text) {
        String key = SearchKey.of(text).replace('_', ' ').replace('-', ' ');
        if (key.equals("entreprise") || key.equals("employeur") || key.equals("employer")) {
            return Optional.of(StructureKind.EMPLOYER);
        }
        return Arrays.stream(StructureKind.values())
                .filter(kind -> SearchKey.of(kind.name()).replace('_', ' ').equals(key))
                .findFirst();
    }

    private static boolean yes(String text) {
        return Set.of("oui", "yes", "1", "true", "vrai", "x").contains(SearchKey.of(text));
    }

    private static @Nullable BigDecimal decimal(String text) {
        return text.isBlank() ? null : new BigDecimal(text.replace(" ", "").replace(',', '.'));
    }

    /** A whole number of zero or more, with spaces between thousands ("12 000"); null when blank. */
    private static @Nullable Integer count(String text) {
        if (text.isBlank()) {
            return null;
        }
        int count = new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.')).intValueExact();
        if (count < 0) {
            throw new NumberFormatException("negative");
        }
        return count;
    }

    private static @Nullable LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next accepted format may read it
            }
        }
        throw new DateTimeParseException("Not a date", text, 0);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
