package fr.nanterre.platform.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives one file in memory, never more than {@code maxBytes} of it, whatever the browser was told: the server
 * stops reading at {@code maxBytes + 1} and reports the file as too big (an empty content). Vaadin also refuses a
 * multipart request beyond the limit before reading it.
 */
public final class BoundedUpload implements UploadHandler {

    private final int maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Runnable tooBig;

    public BoundedUpload(int maxBytes, BiConsumer<String, byte[]> received, Runnable tooBig) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooBig = tooBig;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            tooBig.run();
        } else {
            received.accept(event.getFileName(), content);
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
