package fr.nanterre.insertion.procurement.decp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import fr.nanterre.fixtures.DecpFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' DECP files (test-fixtures' {@link DecpFile}, used by {@code DecpBenchmarkTest} and app's
 * {@code NationalBenchmark}) are the City's as the import knows it, the same for the same seed, and hold reserved
 * marchés only when asked.
 */
class DecpFileTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void theCityIsTheOneTheImportRecognises() {
        assertThat(DecpFile.CITY_SIRET).isEqualTo(DecpFormat.CITY_SIRET);
    }

    @Test
    void theSameSeedWritesTheSameFileAndReservedMarchesOnlyWhenAsked() {
        DecpFile files = new DecpFile(mapper);
        byte[] file = files.of("T", 1_000, new Random(1));
        assertThat(files.of("T", 1_000, new Random(1))).isEqualTo(file);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"id\":\"T-000001\"", "\"id\":\"T-001000\"").doesNotContain("T-001001")
                .doesNotContain("Marché réservé");

        String reserved = new String(files.reservedTo("70100001000013").of("T", 1_000, new Random(1)),
                StandardCharsets.UTF_8);
        // about one in a hundred drawn reserved (8 of these 1,000), awarded to the SIAE when notified (6 of the 8)
        assertThat(occurrences(reserved, "Marché réservé")).isEqualTo(8);
        assertThat(occurrences(reserved, "\"id\":\"70100001000013\"")).isEqualTo(6);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
