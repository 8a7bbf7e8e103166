package fr.nanterre.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Month;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LinkParametersTest {

    @Test
    void aLinksFiltersAreReadAndWhatCannotBeReadIsLeftOut() {
        LinkParameters link = LinkParameters.of(QueryParameters.fromString(
                "acheteur=Ville%20de%20Nanterre&conformite=BEHIND&notifie-du=2021-01-01&notifie-au=2021-02-30"
                        + "&mois=2021-03&mois-au=mars&sexe=FEMME&vide="));

        assertThat(link.text("acheteur")).contains("Ville de Nanterre");
        assertThat(link.named("conformite", Month.class)).isEmpty();
        assertThat(link.named("sexe", Month.class)).isEmpty();
        assertThat(LinkParameters.of(QueryParameters.fromString("m=MARCH")).named("m", Month.class))
                .contains(Month.MARCH);
        assertThat(link.day("notifie-du")).contains(LocalDate.of(2021, 1, 1));
        assertThat(link.day("notifie-au")).as("the 30th of February").isEmpty();
        assertThat(link.month("mois")).contains(YearMonth.of(2021, 3));
        assertThat(link.month("mois-au")).isEmpty();
        assertThat(link.text("vide")).isEmpty();
        assertThat(link.text("absent")).isEmpty();
        assertThat(link.namesAny("absent", "mois")).isTrue();
        assertThat(link.namesAny("absent")).isFalse();
    }
}
