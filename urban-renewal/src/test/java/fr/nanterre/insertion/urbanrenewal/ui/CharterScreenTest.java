package fr.nanterre.insertion.urbanrenewal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the charter's screen tests share: one application context, the department's user (who may also plan
 * contracts, to link their lots), the services they set data up with, and French on screen.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ProjectsView.class)
@WithMockUser(username = "r.urbaine", roles = {"URBAN_RENEWAL", "PROCUREMENT"})
abstract class CharterScreenTest extends SpringBrowserlessTest {

    @Autowired
    ProjectRegister projects;
    @Autowired
    OperationRegister operations;
    @Autowired
    ContractRegister contracts;
    @Autowired
    CharterProgress progress;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SecurityContextHolderStrategy security;
    /** The application's clock: what the screens call today. */
    @Autowired
    Clock clock;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    /** What a download button writes, as the browser would receive it. */
    static byte[] download(Anchor button) throws IOException {
        ElementStreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(button.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(VaadinResponse.class.getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, arguments) ->
                        method.getName().equals("getOutputStream") ? out : defaultValue(method.getReturnType()));
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(VaadinRequest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, arguments) -> defaultValue(method.getReturnType()));
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(request,
                response, VaadinSession.getCurrent(), button.getElement()));
        assertThat(out.size()).as("a file was written").isPositive();
        return out.toByteArray();
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }
}
