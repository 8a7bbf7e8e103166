package fr.nanterre.insertion.procurement.decp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import fr.nanterre.insertion.procurement.decp.DecpMarche.Awardee;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class DecpReaderTest {

    private final DecpReader reader = new DecpReader(JsonMapper.builder().build());

    private List<DecpMarche> read(String json) {
        return reader.read(json.getBytes(UTF_8));
    }

    @Test
    void theFourShapesOfAFileGiveTheirMarches() {
        assertThat(read("""
                {"marches": {"marche": [{"id": "A"}, {"id": "B"}]}}""")).extracting(DecpMarche::id)
                .containsExactly("A", "B");
        assertThat(read("""
                {"marches": [{"id": "A"}, {"id": "B"}]}""")).extracting(DecpMarche::id).containsExactly("A", "B");
        assertThat(read("""
                {"marches": {"marche": {"id": "A"}}}""")).extracting(DecpMarche::id).containsExactly("A");
        assertThat(read("""
                [{"id": "A"}, {"id": "B"}, {"id": "C"}]""")).extracting(DecpMarche::id)
                .containsExactly("A", "B", "C");
        assertThat(read("""
                {"contrats-concession": []}""")).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void valuesAreKeptAsWrittenNumbersAsPlainDigits() {
        DecpMarche marche = read("""
                {"marches": {"marche": [{"id": 2026001, "acheteur": {"id": "21920050200019", "nom": "Ville"},
                  "objet": "  Travaux  ", "codeCPV": "45000000-7", "procedure": "Appel d'offres ouvert",
                  "ccag": "Travaux", "montant": 1000000.00, "dureeMois": 12, "dateNotification": "2026-03-15+01:00",
                  "nature": "Marché", "lieuExecution": {"code": "92050", "typeCode": "Code commune"}}]}}""")
                .getFirst();
        assertThat(marche).isEqualTo(new DecpMarche("2026001", "21920050200019", "Ville", "Travaux", "45000000-7",
                "Appel d'offres ouvert", "Travaux", "1000000.00", "12", "2026-03-15+01:00", List.of(), List.of()));
        assertThat(read("[{\"montant\": 1.25e6}]").getFirst().amount()).isEqualTo("1250000");
        DecpMarche strings = read("""
                [{"id": "X", "montant": "1 250 000,50", "dureeMois": "36", "acheteur": null, "objet": {"a": 1}}]""")
                .getFirst();
        assertThat(strings.amount()).isEqualTo("1 250 000,50");
        assertThat(strings.durationMonths()).isEqualTo("36");
        assertThat(strings.buyerId()).isEmpty();
        assertThat(strings.object()).isEmpty();
    }

    @Test
    void titulairesAreReadWrappedOrNot() {
        Awardee siret = new Awardee("55210055400013", "SIRET", "");
        Awardee vat = new Awardee("BE0123456789", "TVA", "");
        assertThat(read("""
                [{"titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013"}},
                                 {"titulaire": {"typeIdentifiant": "TVA", "id": "BE0123456789"}}]}]""")
                .getFirst().awardees()).containsExactly(siret, vat);
        assertThat(read("""
                [{"titulaires": [{"typeIdentifiant": "SIRET", "id": "55210055400013"}]}]""")
                .getFirst().awardees()).containsExactly(siret);
        assertThat(read("""
                [{"titulaires": {"titulaire": [{"typeIdentifiant": "TVA", "id": "BE0123456789"}]}}]""")
                .getFirst().awardees()).containsExactly(vat);
        assertThat(read("""
                [{"titulaires": [{"id": "55210055400013", "typeIdentifiant": "SIRET",
                                  "denominationSociale": "Bâtir Seine"}, {"typeIdentifiant": "SIRET"}]}]""")
                .getFirst().awardees()).containsExactly(new Awardee("55210055400013", "SIRET", "Bâtir Seine"));
    }

    @Test
    void socialConsiderationsAreReadAsTheV2ObjectAListOrAString() {
        assertThat(read("""
                [{"considerationsSociales": {"considerationSociale": ["Clause sociale", "Critère social"]}}]""")
                .getFirst().socialConsiderations()).containsExactly("Clause sociale", "Critère social");
        assertThat(read("""
                [{"considerationsSociales": {"considerationSociale": "Marché réservé"}}]""")
                .getFirst().socialConsiderations()).containsExactly("Marché réservé");
        assertThat(read("""
                [{"considerationsSociales": ["Clause sociale"]}]""")
                .getFirst().socialConsiderations()).containsExactly("Clause sociale");
        assertThat(read("""
                [{"considerationsSociales": "Clause sociale, Marché réservé"}]""")
                .getFirst().socialConsiderations()).containsExactly("Clause sociale", "Marché réservé");
        assertThat(read("""
                [{"id": "A"}]""").getFirst().socialConsiderations()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"marches\": {\"marche\": [")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("id;objet\n1;Travaux")).isInstanceOf(JacksonException.class);
    }
}
