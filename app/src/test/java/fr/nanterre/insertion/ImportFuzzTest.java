package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.vaadin.flow.i18n.I18NProvider;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.partners.structure.StructureImport;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.platform.importing.ImportPreview;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every importer (monthly statements, structures, DECP contracts; there is no participants import) fed with bad
 * files: empty, binary, truncated, huge, wrongly encoded, formula-like cells, 10,000 columns, a 20 MB zip bomb.
 * Each file gets a message the user can read (a file problem, or every line rejected with its reason), no
 * exception escapes the check or the import, and nothing is written. Prints the run's table. Same context as
 * {@link DemoDataTest}: started once.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
class ImportFuzzTest {

    @Autowired
    StatementImport statements;
    @Autowired
    StructureImport structures;
    @Autowired
    DecpImport decp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    I18NProvider messages;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void everyImportingRole() {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("fuzz", null,
                AuthorityUtils.createAuthorityList("ROLE_FACILITATOR", "ROLE_PARTNERS", "ROLE_PROCUREMENT"))));
    }

    @AfterEach
    void logOut() {
        security.clearContext();
    }

    record BadFile(String what, String name, byte[] content) {
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        return bytes;
    }

    private static byte[] xlsx(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Feuille");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A 20 MB workbook whose sheet unzips to 1 GB of blanks (about 1,000 times its compressed size), padded with
     * 19 MB of incompressible bytes: what a DOM reader would try to hold whole.
     */
    static byte[] zipBomb() throws IOException {
        byte[] valid = xlsx(new String[][] {{"Nom", "Prénom"}, {"Lefèvre", "Élodie"}});
        ByteArrayOutputStream file = new ByteArrayOutputStream(21 << 20);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(utf8(xml.substring(0, data)));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 1024; i++) {
                        out.write(blanks);
                    }
                    out.write(utf8(xml.substring(data)));
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
            ZipEntry padding = new ZipEntry("xl/media/padding.bin");
            byte[] noise = random(19 << 20);
            CRC32 crc = new CRC32();
            crc.update(noise);
            padding.setMethod(ZipEntry.STORED);
            padding.setSize(noise.length);
            padding.setCrc(crc.getValue());
            out.putNextEntry(padding);
            out.write(noise);
            out.closeEntry();
        }
        return file.toByteArray();
    }

    /** The spreadsheet files: statements and structures take the same ones. */
    static List<BadFile> spreadsheets() throws IOException {
        List<BadFile> files = new ArrayList<>();
        byte[] valid = xlsx(new String[][] {{"Nom", "Prénom", "SIRET"}, {"Lefèvre", "Élodie", "73282932000074"}});
        files.add(new BadFile("empty CSV", "releve.csv", new byte[0]));
        files.add(new BadFile("empty XLSX", "releve.xlsx", new byte[0]));
        files.add(new BadFile("random bytes named .csv", "releve.csv", random(64 * 1024)));
        files.add(new BadFile("random bytes named .xlsx", "releve.xlsx", random(64 * 1024)));
        files.add(new BadFile("a PDF named .xlsx", "releve.xlsx", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")));
        files.add(new BadFile("an old .xls (OLE2) named .xlsx", "releve.xlsx",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        files.add(new BadFile("XLSX truncated at half", "releve.xlsx", Arrays.copyOf(valid, valid.length / 2)));
        files.add(new BadFile("XLSX named .csv (read by content)", "releve.csv", valid));
        files.add(new BadFile("CSV in UTF-16 (NUL bytes)", "releve.csv",
                "Nom;Prénom;SIRET\nLefèvre;Élodie;73282932000074\n".getBytes(StandardCharsets.UTF_16LE)));
        files.add(new BadFile("CSV in Shift_JIS", "releve.csv",
                "名前;名;SIRET\n山田;太郎;73282932000074\n".getBytes(Charset.forName("Shift_JIS"))));
        files.add(new BadFile("CSV with an unbalanced quote", "releve.csv", utf8("Nom;Prénom\n\"Lefèvre;Élodie\n")));
        StringBuilder formulas = new StringBuilder("Nom;Prénom;SIRET;Mois;Heures;Type\n");
        formulas.append("=cmd|' /C calc'!A0;@SUM(1+1)*cmd|' /C calc'!A0;+33 1 23;-2+3+cmd|' /C calc'!A0;"
                + "=HYPERLINK(\"http://evil.example\");=1+1\n");
        files.add(new BadFile("formula-like cells (CSV)", "releve.csv", utf8(formulas.toString())));
        files.add(new BadFile("formula-like cells (XLSX)", "releve.xlsx", xlsx(new String[][] {
                {"Nom", "Prénom", "SIRET", "Raison sociale", "Type"},
                {"=cmd|' /C calc'!A0", "@SUM(1+1)", "=1+1", "=HYPERLINK(\"http://evil.example\")", "+EI"}})));
        StringBuilder wide = new StringBuilder();
        for (int c = 0; c < 10_000; c++) {
            wide.append(c == 0 ? "" : ";").append("Colonne ").append(c);
        }
        files.add(new BadFile("10,000 columns (CSV)", "releve.csv", utf8(wide + "\n" + wide + "\n")));
        String[][] wideRows = new String[2][10_000];
        for (int c = 0; c < 10_000; c++) {
            wideRows[0][c] = "Colonne " + c;
            wideRows[1][c] = String.valueOf(c);
        }
        files.add(new BadFile("10,000 columns (XLSX)", "releve.xlsx", xlsx(wideRows)));
        StringBuilder huge = new StringBuilder("Nom;Prénom;SIRET;Mois;Heures\n");
        for (int i = 0; i < 150_000; i++) {
            huge.append("Nom").append(i).append(";Prénom;73282932000074;2026-03;35\n");
        }
        files.add(new BadFile("150,000 lines (CSV, 6 MB)", "releve.csv", utf8(huge.toString())));
        files.add(new BadFile("20 MB zip bomb (1 GB sheet)", "releve.xlsx", zipBomb()));
        return files;
    }

    static List<BadFile> decpFiles() throws IOException {
        List<BadFile> files = new ArrayList<>();
        files.add(new BadFile("empty", "decp.json", new byte[0]));
        files.add(new BadFile("random bytes", "decp.json", random(64 * 1024)));
        files.add(new BadFile("an XLSX named .json", "decp.json", xlsx(new String[][] {{"id"}, {"1"}})));
        String valid = "{\"marches\":{\"marche\":[{\"id\":\"2026-001\",\"objet\":\"Travaux\",\"montant\":100000,"
                + "\"acheteur\":{\"id\":\"21920050000011\"}}]}}";
        files.add(new BadFile("truncated JSON", "decp.json", utf8(valid.substring(0, valid.length() / 2))));
        files.add(new BadFile("JSON in Windows-1252 with accents", "decp.json",
                "{\"marches\":{\"marche\":[{\"id\":\"é\",\"objet\":\"Rénovation\"}]}}".getBytes(Charset.forName("windows-1252"))));
        files.add(new BadFile("JSON in UTF-16", "decp.json", valid.getBytes(StandardCharsets.UTF_16LE)));
        files.add(new BadFile("formula-like fields", "decp.json", utf8("{\"marches\":{\"marche\":[{\"id\":"
                + "\"=cmd|' /C calc'!A0\",\"objet\":\"@SUM(1+1)\",\"montant\":\"=1+1\"}]}}")));
        files.add(new BadFile("10,000 nested arrays", "decp.json", utf8("[".repeat(10_000) + "]".repeat(10_000))));
        StringBuilder keys = new StringBuilder("{\"marches\":{\"marche\":[{");
        for (int k = 0; k < 10_000; k++) {
            keys.append(k == 0 ? "" : ",").append("\"champ").append(k).append("\":").append(k);
        }
        files.add(new BadFile("10,000 fields in one contract", "decp.json", utf8(keys + "}]}}")));
        files.add(new BadFile("a JSON array instead of an object", "decp.json", utf8("[1,2,3]")));
        files.add(new BadFile("huge (100 MB + 1 byte)", "decp.json", new byte[DecpImport.MAX_FILE_BYTES + 1]));
        return files;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("partners.structure", "procurement.contract", "procurement.lot",
                "facilitation.statement", "facilitation.hours_entry", "facilitation.statement_column_mapping")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private String french(String key) {
        return key.endsWith("too-big") ? messages.getTranslation(key, Locale.FRENCH, 100)
                : messages.getTranslation(key, Locale.FRENCH);
    }

    /** Runs one file through one importer; returns the line of the report, or throws when the rule is broken. */
    private <P extends ImportPreview<?>> String run(String importer, BadFile file, Function<BadFile, P> check,
            Function<P, Object> apply, Function<Object, String> reasonOf) {
        Map<String, Long> before = counts();
        P preview;
        Object applied;
        try {
            preview = check.apply(file);
            applied = apply.apply(preview);
        } catch (RuntimeException | OutOfMemoryError crash) {
            throw new AssertionError(importer + " / " + file.what() + ": " + crash, crash);
        }
        String message;
        if (preview.fileError() != null) {
            message = french(preview.fileError());
        } else {
            assertThat(preview.acceptedCount()).as(importer + " / " + file.what() + ": no line accepted").isZero();
            assertThat(preview.lines()).as(importer + " / " + file.what() + ": each line rejected with a reason")
                    .isNotEmpty().allSatisfy(line -> assertThat(reasonOf.apply(line)).isNotBlank());
            message = preview.lines().size() + " line(s) rejected, e.g. " + reasonOf.apply(preview.lines().getFirst());
        }
        assertThat(message).as(importer + " / " + file.what() + ": a message in French, not a key")
                .doesNotStartWith("common.").doesNotStartWith("decp.").doesNotStartWith("partners.")
                .doesNotStartWith("facilitation.");
        assertThat(applied == null || Integer.valueOf(0).equals(applied)).as(importer + " / " + file.what()
                + ": the import applies nothing").isTrue();
        assertThat(counts()).as(importer + " / " + file.what() + ": nothing written").isEqualTo(before);
        return String.format("| %s | %s | %,d | %s |", importer, file.what(), file.content().length, message);
    }

    @Test
    void everyImporterAnswersEveryBadFileWithAMessageNoExceptionAndNothingWritten() throws IOException {
        List<String> report = new ArrayList<>();
        for (BadFile file : spreadsheets()) {
            report.add(run("statements", file, f -> statements.preview(f.name(), f.content()), statements::apply,
                    line -> {
                        var verdict = (StatementImport.Verdict) line;
                        return verdict.reason() == null ? "" : french(verdict.reason());
                    }));
            report.add(run("structures", file, f -> structures.preview(f.name(), f.content()), structures::apply,
                    line -> {
                        var verdict = (StructureImport.Verdict) line;
                        return verdict.reason() == null ? "" : french(verdict.reason());
                    }));
        }
        for (BadFile file : decpFiles()) {
            report.add(run("DECP", file, f -> decp.preview(f.name(), f.content()), decp::apply, line -> {
                var verdict = (DecpImport.Verdict) line;
                return verdict.reason() == null ? "" : french(verdict.reason());
            }));
        }
        System.out.println("| importer | file | bytes | what the user reads |\n|---|---|---|---|\n"
                + String.join("\n", report));
        System.out.println("Fuzz run: " + report.size() + " files tried, 0 crashes, 0 partial writes");
    }
}
