package fr.nanterre.insertion.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.facilitation.CompanyAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Configured accounts: bcrypt with a cost of at least 10, the demo's too; the demo only on the embedded database. */
class UserAccountsTest {

    /** No company account in the database. */
    private static final CompanyAccounts NO_COMPANY = username -> Optional.empty();

    private static UserAccountsProperties.Account account(String hash) {
        return new UserAccountsProperties.Account("m.dupont", hash, List.of("PARTNERS"));
    }

    @Test
    void aBcryptHashOfCostBelowTenIsRefusedAtStartUp() {
        String cost4 = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("secret");
        String cost10 = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("secret");
        var configuration = new UserAccountsConfiguration();

        assertThatThrownBy(() -> configuration.userDetailsService(new UserAccountsProperties(List.of(account(cost4))), NO_COMPANY))
                .hasMessageContaining("bcrypt cost 04").hasMessageContaining("at least 10");
        assertThat(configuration.userDetailsService(new UserAccountsProperties(List.of(account(cost10))), NO_COMPANY)
                .loadUserByUsername("m.dupont").getPassword()).isEqualTo(cost10);
        assertThatThrownBy(() -> configuration.userDetailsService(new UserAccountsProperties(
                List.of(account("{bcrypt}not-a-hash"))), NO_COMPANY)).hasMessageContaining("is not a bcrypt hash");
    }

    @Test
    void theDemoAccountsHashesHaveACostOfAtLeastTen() throws Exception {
        Properties demo = new Properties();
        demo.load(new ClassPathResource("application-demo.properties").getInputStream());
        Pattern cost = Pattern.compile("\\{bcrypt}\\$2a\\$(\\d\\d)\\$.*");
        List<Integer> costs = new ArrayList<>();
        for (Map.Entry<Object, Object> property : demo.entrySet()) {
            if (property.getKey().toString().endsWith(".password")) {
                Matcher hash = cost.matcher(property.getValue().toString());
                assertThat(hash.matches()).as(property.getKey().toString()).isTrue();
                costs.add(Integer.parseInt(hash.group(1)));
            }
        }
        assertThat(costs).hasSize(6).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(10));
    }

    @Test
    void theDemoProfileRefusesToStartOnAnExternalDatabase() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("demo")
                .properties("spring.datasource.url=jdbc:postgresql://db.city.example/insertion",
                        "spring.main.web-application-type=none")
                .run().close())
                .hasStackTraceContaining("The demo profile (accounts with the password 'demo') runs only on the "
                        + "embedded database");
    }
}
