package fr.nanterre.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void accentsAndCaseAndRepeatedSpacesDoNotMatter() {
        assertThat(SearchKey.of("  Régie   de QUARTIER École ")).isEqualTo("regie de quartier ecole");
        assertThat(SearchKey.of("ÉTABLISSEMENT d'aide")).isEqualTo("etablissement d'aide");
    }

    @Test
    void wildcardsTypedByTheUserAreTakenLiterally() {
        assertThat(SearchKey.containing("100%_Net")).isEqualTo("%100\\%\\_net%");
    }
}
