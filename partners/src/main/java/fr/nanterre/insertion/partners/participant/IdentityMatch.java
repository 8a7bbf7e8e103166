package fr.nanterre.insertion.partners.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.IdentityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names and birth dates resolved to participants in one query, whatever their number: the keys go in as arrays,
 * and both sides' names are compared through {@code partners.identity_key} (V8), which drops case, accents,
 * spaces, hyphens and apostrophes. The stored side is a generated column, indexed with the birth date.
 */
@Component
class IdentityMatch {

    private final JdbcClient jdbc;

    IdentityMatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each key, in the caller's terms, the ids of the participants among {@code among} it matches. */
    Map<IdentityKey, List<UUID>> among(Collection<UUID> among, Collection<IdentityKey> keys) {
        List<IdentityKey> asked = List.copyOf(keys);
        Map<IdentityKey, List<UUID>> matched = new HashMap<>();
        asked.forEach(key -> matched.put(key, new ArrayList<>()));
        if (among.isEmpty() || asked.isEmpty()) {
            return matched;
        }
        jdbc.sql("""
                        with asked as (
                            select position, partners.identity_key(last_name) as last_name_key,
                                partners.identity_key(first_name) as first_name_key, birth_date
                            from unnest(cast(:lastNames as text[]), cast(:firstNames as text[]),
                                cast(:birthDates as date[])) with ordinality as key(last_name, first_name, birth_date,
                                position)),
                        placed as (select distinct id from unnest(cast(:among as uuid[])) as placed(id))
                        select asked.position, p.id from asked
                        join partners.participant p on p.birth_date = asked.birth_date
                            and p.last_name_key = asked.last_name_key and p.first_name_key = asked.first_name_key
                            and p.anonymised_on is null
                        join placed on placed.id = p.id
                        order by asked.position, p.id""")
                .param("lastNames", asked.stream().map(IdentityKey::lastName).toArray(String[]::new))
                .param("firstNames", asked.stream().map(IdentityKey::firstName).toArray(String[]::new))
                .param("birthDates", asked.stream().map(key -> key.birthDate().toString()).toArray(String[]::new))
                .param("among", among.toArray(UUID[]::new))
                .query((row, number) -> {
                    IdentityKey key = asked.get(row.getInt("position") - 1);
                    UUID id = row.getObject("id", UUID.class);
                    List<UUID> ids = matched.get(key);
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                    return id;
                }).list();
        return matched;
    }
}
