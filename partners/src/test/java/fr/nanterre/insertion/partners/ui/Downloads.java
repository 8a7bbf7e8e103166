package fr.nanterre.insertion.partners.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/** What a download button writes, as the browser would receive it (as urban-renewal's screen tests read it). */
final class Downloads {

    private Downloads() {
    }

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
