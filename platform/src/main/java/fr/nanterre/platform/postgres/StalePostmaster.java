package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster that a killed JVM left running on our data directory. zonky starts PostgreSQL through
 * {@code pg_ctl}, as a daemon of its own: after a {@code kill -9} of the JVM it keeps running and holds
 * {@code postmaster.pid}, and the next start fails with "lock file postmaster.pid already exists". Before starting,
 * the server's process is found from that file, checked to be a PostgreSQL running on this very directory (its
 * command line names it), and asked to stop as {@code pg_ctl stop -m fast} does (SIGINT: open transactions roll
 * back, committed ones are on disk), then forced to stop at once (SIGQUIT, recovery at the next start) if it is
 * still there after a while. A file whose process is gone, or is something else, is left to PostgreSQL, which
 * knows a stale lock file when it sees one.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    /** Stops the postmaster that still runs on {@code dataDirectory}, if any; returns whether there was one. */
    static boolean stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return false;
        }
        ProcessHandle process = postmaster.get();
        LOG.warn("A PostgreSQL server (pid {}) still runs on {}, left by an application that did not stop "
                + "properly; stopping it before starting again", process.pid(), dataDirectory);
        signal(process, "INT");
        if (!waitFor(process, FAST_SHUTDOWN)) {
            LOG.warn("The PostgreSQL server (pid {}) did not stop within {} s; stopping it at once", process.pid(),
                    FAST_SHUTDOWN.toSeconds());
            signal(process, "QUIT");
            if (!waitFor(process, IMMEDIATE_SHUTDOWN)) {
                throw new IllegalStateException("The PostgreSQL server (pid " + process.pid() + ") on "
                        + dataDirectory + " does not stop; stop it by hand");
            }
        }
        LOG.info("The PostgreSQL server left on {} stopped", dataDirectory);
        return true;
    }

    /** The live process named by {@code postmaster.pid}, when it is a PostgreSQL server of this data directory. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
        Path recorded = Path.of(lines.get(1).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(StalePostmaster::running);
        if (process.isEmpty() || !sameDirectory(recorded, dataDirectory)) {
            return Optional.empty();
        }
        return process.filter(handle -> runsOn(handle, dataDirectory));
    }

    private static boolean sameDirectory(Path recorded, Path dataDirectory) {
        try {
            return Files.isSameFile(recorded, dataDirectory);
        } catch (IOException e) {
            return recorded.toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize());
        }
    }

    /** Whether the process is a {@code postgres} whose command line names the data directory. */
    private static boolean runsOn(ProcessHandle process, Path dataDirectory) {
        String commandLine = commandLine(process);
        return commandLine.contains("postgres")
                && commandLine.contains(dataDirectory.toAbsolutePath().normalize().toString());
    }

    private static String commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(proc)) {
            try {
                return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (IOException e) {
                return "";
            }
        }
        ProcessHandle.Info info = process.info();
        return info.commandLine().orElse("");
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal the PostgreSQL server (pid " + process.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (running(process) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !running(process);
            }
        }
        return !running(process);
    }

    /** Alive and not a zombie (an exited process that its parent has not reaped yet). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String line = Files.readString(stat, StandardCharsets.UTF_8);
            int end = line.lastIndexOf(')');
            return end < 0 || end + 2 >= line.length() || line.charAt(end + 2) != 'Z';
        } catch (IOException gone) {
            return !Files.isDirectory(Path.of("/proc", "self")) || Files.isDirectory(stat.getParent());
        }
    }
}
