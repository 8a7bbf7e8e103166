package fr.nanterre.insertion.facilitation.company;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who receives a company's e-mails: the active accounts that speak for its SIRET, by language. Read by the
 * reminders and the rejection notices, which run with no user logged in.
 */
@Component
public class CompanyRecipients {

    private final JdbcClient jdbc;

    CompanyRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Language → e-mail addresses of the active accounts of that SIRET. */
    public Map<Locale, List<String>> of(String siret) {
        Map<Locale, List<String>> recipients = new TreeMap<>(java.util.Comparator.comparing(Locale::toLanguageTag));
        jdbc.sql("""
                        select a.username, a.language from facilitation.company_account a
                        join facilitation.company_account_siret s on s.company_account = a.id
                        where s.siret = ? and a.active order by a.username""")
                .param(siret)
                .query((rs, row) -> recipients.computeIfAbsent(Locale.forLanguageTag(rs.getString("language")),
                        language -> new ArrayList<>()).add(rs.getString("username")))
                .list();
        return recipients;
    }

    /** SIRET → language → e-mail addresses of the active accounts, for these SIRETs, in one query. */
    public Map<String, Map<Locale, List<String>>> of(Collection<String> sirets) {
        Map<String, Map<Locale, List<String>>> recipients = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.siret, a.username, a.language from facilitation.company_account a
                        join facilitation.company_account_siret s on s.company_account = a.id
                        where s.siret = any(cast(:sirets as char(14)[])) and a.active order by a.username""")
                .param("sirets", sirets.toArray(String[]::new))
                .query((rs, row) -> recipients.computeIfAbsent(rs.getString("siret"), siret -> new TreeMap<>(
                                java.util.Comparator.comparing(Locale::toLanguageTag)))
                        .computeIfAbsent(Locale.forLanguageTag(rs.getString("language")), language -> new ArrayList<>())
                        .add(rs.getString("username")))
                .list();
        return recipients;
    }
}
