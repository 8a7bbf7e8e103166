package fr.nanterre.insertion.partners.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.nanterre.platform.report.ReportTable;
import java.util.Locale;

import com.vaadin.flow.server.streams.DownloadResponse;
import fr.nanterre.insertion.partners.participant.EligibilityCriterion;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantExtract;
import fr.nanterre.insertion.partners.participant.ParticipantExtract.PathwayRecord;
import fr.nanterre.insertion.partners.participant.PathwayChange;
import fr.nanterre.insertion.partners.participant.PathwayExit;
import fr.nanterre.insertion.partners.participant.PathwayStep;
import fr.nanterre.insertion.partners.participant.RecordedCriterion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A participant's whole file as a spreadsheet, for the right of access: identity, criteria, pathways, steps and
 * history, one sheet each, in the user's language.
 */
class ParticipantWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int COLUMN_WIDTH = 28 * 256;

    /** The translations: a component's {@code getTranslation}. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... params);
    }

    private final List<EligibilityCriterion> criteria;
    private final Texts texts;
    private final Locale locale;

    ParticipantWorkbook(List<EligibilityCriterion> criteria, Texts texts, Locale locale) {
        this.criteria = criteria;
        this.texts = texts;
        this.locale = locale;
    }

    DownloadResponse download(ParticipantExtract extract) throws IOException {
        byte[] workbook = write(extract);
        return new DownloadResponse(new ByteArrayInputStream(workbook),
                texts.get("participants.export.file-name", extract.participant().reference()), CONTENT_TYPE,
                workbook.length);
    }

    byte[] write(ParticipantExtract extract) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Participant participant = extract.participant();
            sheet(workbook, "participants.export.identity", List.of("participants.export.field",
                    "participants.export.value"), identity(participant));
            sheet(workbook, "participants.export.criteria", List.of("participants.criterion.criterion",
                    "participants.criterion.proof-checked", "participants.criterion.proof-date",
                    "participants.criterion.valid-until", "participants.criterion.recorded-by"),
                    participant.criteria().stream().map(this::criterion).toList());
            sheet(workbook, "participants.export.pathways", List.of("participants.pathway.entry-date",
                    "participants.pathway.structure", "participants.exit.date", "participants.exit.outcome",
                    "participants.export.exit-category"), extract.pathways().stream().map(this::pathway).toList());
            List<List<Object>> steps = new ArrayList<>();
            List<List<Object>> history = new ArrayList<>();
            for (PathwayRecord pathway : extract.pathways()) {
                LocalDate entry = pathway.pathway().entryDate();
                pathway.pathway().steps().forEach(step -> steps.add(step(entry, step)));
                pathway.history().forEach(change -> history.add(change(entry, change)));
            }
            sheet(workbook, "participants.export.steps", List.of("participants.export.pathway",
                    "participants.step.type", "participants.step.start", "participants.step.end",
                    "participants.step.note"), steps);
            sheet(workbook, "participants.export.history", List.of("participants.export.pathway",
                    "participants.history.when", "participants.history.who", "participants.history.what"), history);
            // what the other modules keep (facilitation's placements, hours, referrals, eligibility snapshots)
            for (ReportTable table : extract.elsewhere()) {
                sheet(workbook, table.title(), table.headers(), table.rows().stream()
                        .<List<Object>>map(row -> new ArrayList<>(row)).toList());
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private List<List<Object>> identity(Participant participant) {
        ParticipantDetails details = participant.details();
        return List.of(
                row("participants.participant.reference", participant.reference()),
                row("participants.participant.last-name", details.lastName()),
                row("participants.participant.first-name", details.firstName()),
                row("participants.participant.birth-date", details.birthDate()),
                row("participants.participant.sex", texts.get("participants.sex." + details.sex().name())),
                row("participants.participant.address", details.address()),
                row("participants.participant.postal-code", details.postalCode()),
                row("participants.participant.commune", details.commune()),
                row("participants.participant.insee-code", details.inseeCode()),
                row("participants.participant.qpv-resident", yesNo(details.qpvResident())),
                row("participants.participant.nanterre-resident", yesNo(details.nanterreResident())),
                row("participants.participant.referent", details.referent()),
                row("participants.participant.referring-organisation",
                        texts.get("participants.organisation." + details.referringOrganisation().name())),
                row("participants.participant.enrolled-on", participant.enrolledOn()));
    }

    private List<Object> row(String key, Object value) {
        return Arrays.asList(texts.get(key), value);
    }

    private List<Object> criterion(RecordedCriterion criterion) {
        String label = criteria.stream().filter(c -> c.code().equals(criterion.criterionCode())).findFirst()
                .map(c -> texts.get("participants.criterion.label", c.label(locale), c.level()))
                .orElse(criterion.criterionCode());
        return Arrays.asList(label, criterion.proofChecked(), criterion.proofDate(), criterion.validUntil(),
                criterion.recordedBy());
    }

    private List<Object> pathway(PathwayRecord pathway) {
        PathwayExit exit = pathway.pathway().exit();
        return Arrays.asList(pathway.pathway().entryDate(), pathway.structureName(),
                exit == null ? null : exit.date(),
                exit == null ? null : texts.get("participants.outcome." + exit.outcome().name()),
                exit == null ? null : texts.get("participants.category." + exit.category().name()));
    }

    private List<Object> step(LocalDate entry, PathwayStep step) {
        return Arrays.asList(entry, texts.get("participants.step-type." + step.type().name()), step.startDate(),
                step.endDate(), step.note());
    }

    private List<Object> change(LocalDate entry, PathwayChange change) {
        return Arrays.asList(entry, change.changedAt(), change.changedBy(),
                ParticipantPathwayPanel.describe(change, texts, locale));
    }

    private String yesNo(boolean value) {
        return texts.get(value ? "participants.yes" : "participants.no");
    }

    private void sheet(Workbook workbook, String nameKey, List<String> headerKeys, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get(nameKey)));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

        Row first = sheet.createRow(0);
        for (int column = 0; column < headerKeys.size(); column++) {
            Cell cell = first.createCell(column);
            cell.setCellValue(texts.get(headerKeys.get(column)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(column, COLUMN_WIDTH);
        }
        for (int line = 0; line < rows.size(); line++) {
            Row row = sheet.createRow(line + 1);
            List<Object> values = rows.get(line);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                Cell cell = row.createCell(column);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Instant instant) {
                    cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
                    cell.setCellStyle(dateTime);
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
