package fr.nanterre.insertion.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One table for a whole benchmark run: each {@code *Benchmark} of the application adds a row per key operation
 * (its time through the application, the raw database's time for the same work, the goal), and the table is
 * printed once, when every benchmark class of the run has finished, and written to
 * {@code app/target/benchmark-ratios.md}. A benchmark class joins with {@code @ExtendWith(RatioTable.class)} and
 * calls {@link #add}.
 */
public final class RatioTable implements BeforeAllCallback {

    /** One operation: what the application did, against what the raw database did for the same work. */
    public record Row(String operation, double applicationMs, String raw, double rawMs, double goal) {

        public double ratio() {
            return applicationMs / Math.max(rawMs, 0.001);
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();

    /** Adds a row to this run's table. */
    public static synchronized void add(String operation, double applicationMs, String raw, double rawMs,
                                        double goal) {
        Row row = new Row(operation, applicationMs, raw, rawMs, goal);
        ROWS.add(row);
        System.out.println(line(row));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // closed by JUnit when the whole run ends, after every class that registered it
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RatioTable.class.getName(), key -> new Printer(), Printer.class);
    }

    /** The table, as Markdown. */
    public static synchronized String table() {
        StringBuilder table = new StringBuilder();
        table.append("| operation | application ms | raw database | raw ms | ratio | goal |\n");
        table.append("|---|---:|---|---:|---:|---:|\n");
        for (Row row : ROWS) {
            table.append(line(row)).append('\n');
        }
        table.append("\n").append(machine()).append('\n');
        return table.toString();
    }

    private static String line(Row row) {
        return String.format(Locale.ROOT, "| %s | %,.1f | %s | %,.1f | %.2f× | ≤ %.1f× %s |", row.operation(),
                row.applicationMs(), row.raw(), row.rawMs(), row.ratio(), row.goal(),
                row.ratio() <= row.goal() ? "✓" : "✗");
    }

    /** The figures depend on what else runs: say it next to them. */
    static String machine() {
        return String.format(Locale.ROOT, "%d cores, load average %.1f, %s, max heap %,d MB",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static final class Printer implements AutoCloseable {

        @Override
        public void close() {
            String table = table();
            System.out.println("\n=== Benchmark ratios: the application against the raw database ===\n" + table);
            try {
                Path file = Path.of("target", "benchmark-ratios.md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, table);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
