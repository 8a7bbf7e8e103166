package fr.nanterre.insertion.partners.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureImport.Preview;
import fr.nanterre.insertion.partners.structure.StructureImport.Verdict;
import fr.nanterre.platform.spreadsheet.XlsxExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(roles = "PARTNERS")
class StructureImportTest {

    @Autowired
    StructureImport structureImport;
    @Autowired
    StructureDirectory directory;

    /** As Excel writes it in French: byte-order mark, semicolons, decimal commas, quoted cells. */
    private static final String FRENCH_CSV = """
            \uFEFFRaison sociale;Type;SIRET;Code postal;Commune;Code INSEE;QPV;Postes ETP;Début conventionnement;Fin conventionnement
            "Import ""Les Jardins"" ACI";ACI;310 310 310 00031;92000;Nanterre;92050;oui;12,5;01/01/2026;31/12/2026
            Import Régie Université;Régie de quartier;32032032000032;;;;non;;;
            Import SIRET court;EI;1234;;;;;;;
            Import type inconnu;Coopérative;33033033000033;;;;;;;
            Import doublon fichier;Régie de quartier;32032032000032;;;;;;;
            Import clé fausse;Entreprise;73282932000077;;;;;;;
            Import date fausse;AI;34034034000034;;;;;;31/02/2026;
            Import dates inversées;AI;35035035000035;;;;;;01/06/2026;01/01/2026
            Import déjà là;EI;36036036000036;;;;;;;
            """;

    @Test
    void aFrenchCsvIsCheckedLineByLineAndOnlyItsValidLinesAreImportedTogether() {
        directory.register(StructureDetails.of("Import déjà là", StructureKind.EI, "36036036000036"));

        Preview preview = structureImport.preview("structures.csv", FRENCH_CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.fileError()).isNull();
        assertThat(preview.lines()).extracting(Verdict::line, Verdict::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, null),
                org.assertj.core.groups.Tuple.tuple(3, null),
                org.assertj.core.groups.Tuple.tuple(4, "partners.import.reason.siret"),
                org.assertj.core.groups.Tuple.tuple(5, "partners.import.reason.kind"),
                org.assertj.core.groups.Tuple.tuple(6, "partners.import.reason.duplicate-in-file"),
                org.assertj.core.groups.Tuple.tuple(7, null),
                org.assertj.core.groups.Tuple.tuple(8, "partners.import.reason.date"),
                org.assertj.core.groups.Tuple.tuple(9, "partners.import.reason.agreement-dates"),
                org.assertj.core.groups.Tuple.tuple(10, "partners.import.reason.duplicate"));
        assertThat(preview.lines().get(5).siretWarning()).isTrue();
        assertThat(preview.rejected()).isEqualTo(6);
        assertThat(directory.count(new StructureFilter("import", null))).as("nothing before confirmation")
                .isEqualTo(1);

        assertThat(structureImport.apply(preview)).isEqualTo(3);

        Structure jardins = directory.find(new StructureFilter("les jardins", null), org.springframework.data.domain
                .Pageable.ofSize(1)).getFirst();
        assertThat(jardins.name()).isEqualTo("Import \"Les Jardins\" ACI");
        assertThat(jardins.siret().value()).isEqualTo("31031031000031");
        assertThat(jardins.inQpv()).isTrue();
        assertThat(jardins.address().inseeCode()).isEqualTo("92050");
        assertThat(jardins.agreement().postsFte()).isEqualByComparingTo("12.5");
        assertThat(jardins.agreement().validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(directory.count(new StructureFilter("import", null))).isEqualTo(4);
    }

    @Test
    void whenOneValidLineCanNoLongerBeSavedNothingOfTheFileIsImported() {
        String csv = "Nom;Type;SIRET\nTout ou rien A;EI;37037037000037\nTout ou rien B;EI;38038038000038\n";
        Preview preview = structureImport.preview("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.acceptedDetails()).hasSize(2);
        // someone registers line B between the preview and the import
        directory.register(StructureDetails.of("Tout ou rien B", StructureKind.EI, "38038038000038"));

        assertThatThrownBy(() -> structureImport.apply(preview)).isInstanceOf(DuplicateStructureException.class);
        assertThat(directory.count(new StructureFilter("tout ou rien a", null))).isZero();
    }

    @Test
    void anXlsxFileWithEnglishHeadersIsImported() {
        byte[] xlsx = XlsxExport.write("Sheet1", List.of("Name", "Kind", "SIRET", "Posts FTE", "Agreement from"),
                Stream.of(List.of("XLSX GEIQ Propreté", "GEIQ", "39039039000039", new BigDecimal("4.5"),
                        LocalDate.of(2026, 9, 1))));
        Preview preview = structureImport.preview("structures.xlsx", xlsx);

        assertThat(preview.rejected()).isZero();
        StructureDetails details = preview.acceptedDetails().getFirst();
        assertThat(details.kind()).isEqualTo(StructureKind.GEIQ);
        assertThat(details.agreementPostsFte()).isEqualByComparingTo("4.5");
        assertThat(details.agreementValidFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        Preview preview = structureImport.preview("x.csv", "Nom;Commune\nA;Nanterre\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileError()).isEqualTo("partners.import.file.columns");
        assertThat(preview.lines()).isEmpty();
    }
}
