package fr.nanterre.insertion.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import fr.nanterre.insertion.Application;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authorization matrix: {@code authorization-matrix.txt} says, for every route and for every public method of
 * every {@code @Service}, which roles may use it. Every cell is checked on the server: a route is opened in the
 * browserless UI as each role (allowed: the view shows; denied: the "page not shown" view); a service method is
 * called through its Spring proxy as each role (allowed: the role check lets the call through, whatever the body
 * then makes of the test's empty arguments; denied: {@link AuthorizationDeniedException}). Services and routes
 * are found by reflection, so a new method or screen without a line in the table fails the build.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
@ViewPackages(packages = "fr.nanterre.insertion")
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final String MATRIX = "authorization-matrix.txt";
    /** Every authenticated user, whatever the role. */
    private static final String ANY_ROLE = "*";

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void logOut() {
        security.clearContext();
    }

    /** Each line of the table: a route path or {@code Service.method}, then the roles that may use it. */
    static Map<String, Set<String>> matrix() {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        try {
            String text = new ClassPathResource(MATRIX).getContentAsString(StandardCharsets.UTF_8);
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s*\\|\\s*");
                Set<String> roles = cells.length < 2 || cells[1].isBlank() ? Set.of()
                        : new TreeSet<>(Arrays.asList(cells[1].split("\\s+")));
                if (rows.put(cells[0], roles) != null) {
                    throw new IllegalStateException(MATRIX + " has two lines for " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<Class<?>> services() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("fr.nanterre").stream().<Class<?>>map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).sorted(Comparator.comparing(Class::getName)).toList();
    }

    /** The public methods a caller can reach on the service, overloads under one name. */
    static Map<String, List<Method>> serviceMethods() {
        Map<String, List<Method>> methods = new LinkedHashMap<>();
        for (Class<?> service : services()) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
                            && !Modifier.isStatic(m.getModifiers()))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> methods.computeIfAbsent(service.getSimpleName() + "." + m.getName(),
                            k -> new ArrayList<>()).add(m));
        }
        return methods;
    }

    static List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("fr.nanterre").stream().<Class<?>>map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).sorted(Comparator.comparing(Class::getName)).toList();
    }

    static String path(Class<?> view) {
        return "/" + view.getAnnotation(Route.class).value();
    }

    @Test
    void everyRouteAndEveryPublicServiceMethodHasItsLineAndNoLineIsLeftOver() {
        Map<String, Set<String>> matrix = matrix();
        Set<String> found = new TreeSet<>(serviceMethods().keySet());
        routes().forEach(view -> found.add(path(view)));
        assertThat(found).as("routes and service methods with no line in " + MATRIX
                + " (add one: who may use it?)").isSubsetOf(matrix.keySet());
        assertThat(matrix.keySet()).as("lines of " + MATRIX + " that name no route or method any more")
                .isSubsetOf(found);
        matrix.values().forEach(roles -> assertThat(roles).as("roles of the matrix")
                .isSubsetOf(Stream.concat(Stream.of(ANY_ROLE), Arrays.stream(Roles.ALL)).toList()));
    }

    static Stream<Arguments> serviceCells() {
        Map<String, Set<String>> matrix = matrix();
        return serviceMethods().entrySet().stream().filter(e -> matrix.containsKey(e.getKey()))
                .flatMap(e -> Arrays.stream(Roles.ALL).map(role -> Arguments.of(e.getKey(), role,
                        matrix.get(e.getKey()).contains(ANY_ROLE) || matrix.get(e.getKey()).contains(role))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("serviceCells")
    void serviceMethodAsRole(String entry, String role, boolean allowed) {
        List<Method> overloads = serviceMethods().get(entry);
        Object bean = context.getBean(overloads.getFirst().getDeclaringClass());
        assertThat(AopUtils.isAopProxy(bean) || !allowed).as(entry + " is proxied, so a role check can run")
                .isTrue();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(userName(role), null,
                AuthorityUtils.createAuthorityList("ROLE_" + role))));
        for (Method method : overloads) {
            boolean denied = denied(bean, method);
            assertThat(denied).as("%s%s as %s: %s", entry, Arrays.toString(method.getParameterTypes()), role,
                    allowed ? "allowed by the matrix, refused by the server" : "refused by the matrix, let through")
                    .isEqualTo(!allowed);
        }
    }

    /** Calls the method through its proxy with empty arguments, in a transaction rolled back afterwards. */
    private boolean denied(Object bean, Method method) {
        method.setAccessible(true);
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AuthorizationMatrixTest::empty).toArray();
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        Boolean denied = rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return false;
            } catch (InvocationTargetException e) {
                return e.getCause() instanceof AuthorizationDeniedException;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return Boolean.TRUE.equals(denied);
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0d;
        if (type == float.class) return 0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        if (type == char.class) return ' ';
        return null;
    }

    static Stream<Arguments> routeCells() {
        Map<String, Set<String>> matrix = matrix();
        return routes().stream().filter(view -> matrix.containsKey(path(view)))
                .flatMap(view -> Arrays.stream(Roles.ALL).map(role -> Arguments.of(path(view), role,
                        matrix.get(path(view)).contains(ANY_ROLE) || matrix.get(path(view)).contains(role))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("routeCells")
    void routeAsRole(String path, String role, boolean allowed) {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(userName(role), null,
                AuthorityUtils.createAuthorityList("ROLE_" + role))));
        Class<?> view = routes().stream().filter(v -> path(v).equals(path)).findFirst().orElseThrow();
        UI.getCurrent().navigate(withRealIds(path));
        Class<?> shown = getCurrentView().getClass();
        if (allowed && path.equals("/")) {
            // the home forwards each role to its own home (the dashboard, a department's home, the portal)
            assertThat(shown).as(path + " as " + role + ": allowed, forwarded to a home the role may open")
                    .isNotEqualTo(PageNotShownView.class);
        } else if (allowed) {
            assertThat(shown).as(path + " as " + role + ": allowed by the matrix").isEqualTo(view);
        } else {
            assertThat(shown).as(path + " as " + role + ": refused by the matrix").isEqualTo(PageNotShownView.class);
        }
    }

    /** A company's screens need a real company account (its SIRETs): the demo one; any name for the other roles. */
    private static String userName(String role) {
        return role.equals(Roles.COMPANY) ? "entreprise@demo.fr" : "matrix-" + role;
    }

    /** A route's parameters filled with the ids of the demo data, so that an allowed view opens a real record. */
    private String withRealIds(String path) {
        String resolved = path.substring(1);
        Map<String, String> ids = Map.of(
                "structures/:id", "select id::text from partners.structure order by name limit 1",
                "participants/:participantId", "select id::text from partners.participant order by reference limit 1",
                "marches/:id", "select id::text from procurement.contract order by reference limit 1",
                "operations-renovation/:id", "select id::text from urban_renewal.operation order by name limit 1",
                "renovation-urbaine/:id", "select id::text from urban_renewal.project order by name limit 1",
                "renovation-urbaine/:id/bilan", "select id::text from urban_renewal.project order by name limit 1");
        String query = ids.get(resolved);
        if (query != null) {
            String id = jdbc.queryForObject(query, String.class);
            resolved = resolved.replaceAll(":[a-zA-Z]+", id);
        } else if (resolved.contains(":")) {
            fail(path + " has a parameter: say in withRealIds where to find a real one");
        }
        return resolved;
    }
}
