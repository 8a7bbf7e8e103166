package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The names looked up are normalised in Java, the names stored by the database: both must give the same key. */
@ApplicationModuleTest
class IdentityKeysTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void javaAndTheDatabaseGiveTheSameKey() {
        List<String> names = new ArrayList<>(List.of("N'Diaye", "NDIAYE", "Lefèvre", "LEFÈVRE", "Jean Pierre",
                "Jean-Pierre", "Œdipe", "Lætitia", "Strauß", "Øyvind", "Łukasz", "Çelik", "Zoé  d’Arc", "İlker",
                "Müller-Lüdenscheidt", "O'Brien 3", "Ñúñez", "Kelvin", "", "   ", "Ðorđe", "Şahin", "Ărad"));
        // every letter translate() replaces, on its own and in both cases
        "ÀÁÂÃÄÅĀĂĄÇĆČĈĊĎÈÉÊËĒĔĖĘĚÌÍÎÏĨĪĬĮİÑŃŇŅÒÓÔÕÖØŌŎŐÙÚÛÜŨŪŬŮŰŲÝŸŶŽŹŻŠŚŞȘŢȚŤŘŔĹĽĻŁĞĜĢàáâãäåāăąçćčĉċďèéêëēĕėęěìíîïĩīĭįıñńňņòóôõöøōŏőùúûüũūŭůűųýÿŷžźżšśşșţțťřŕĺľļłğĝģ"
                .codePoints().forEach(letter -> names.add("a" + Character.toString(letter) + "Z"));
        List<String> inDatabase = jdbc.sql("""
                        select coalesce(partners.identity_key(name), '') from unnest(cast(? as text[]))
                            with ordinality as n(name, position) order by position""")
                .param(names.toArray(String[]::new)).query(String.class).list();

        assertThat(names.stream().map(IdentityKeys::of).toList()).isEqualTo(inDatabase);
        assertThat(IdentityKeys.of("N'Diaye")).isEqualTo(IdentityKeys.of("NDIAYE")).isEqualTo("ndiaye");
        assertThat(IdentityKeys.of("Lefèvre")).isEqualTo("lefevre");
        assertThat(IdentityKeys.of("Jean Pierre")).isEqualTo(IdentityKeys.of("Jean-Pierre"));
        assertThat(IdentityKeys.of("Lætitia Œdipe")).isEqualTo("laetitiaoedipe");
    }
}
