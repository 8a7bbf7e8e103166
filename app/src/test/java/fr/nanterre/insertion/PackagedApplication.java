package fr.nanterre.insertion;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/insertion.jar}) in a JVM of its own, as an operator runs it, for the
 * tests of what happens around it: crashes, several instances, the management port. Its output goes to a log file,
 * which the tests watch for the moment they want.
 */
final class PackagedApplication {

    private static final Path JAR = Path.of("target", "insertion.jar");

    private final Process process;
    private final Path log;

    private PackagedApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the jar with these arguments; its output goes to {@code log}. */
    static PackagedApplication start(Path log, List<String> arguments) throws IOException {
        return start(log, arguments, List.of());
    }

    /** Starts the jar with these JVM options and arguments; its output goes to {@code log}. */
    static PackagedApplication start(Path log, List<String> arguments, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        return new PackagedApplication(process, log);
    }

    /** Waits until the log has a line containing {@code text}; fails if the application stops first. */
    void awaitLog(String text, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped before logging \"" + text + "\"; see "
                        + log);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The application did not log \"" + text + "\" within " + patience
                + "; see " + log);
    }

    boolean logContains(String text) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).contains(text);
    }

    /** {@code kill -9}: no shutdown hook, no clean stop of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), as a service manager stops it. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Stops a PostgreSQL server that a killed application left running on {@code dataDirectory} (fast shutdown),
     * so that a test leaves no process behind.
     */
    static void stopPostgres(Path dataDirectory) throws IOException, InterruptedException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
    }
}
