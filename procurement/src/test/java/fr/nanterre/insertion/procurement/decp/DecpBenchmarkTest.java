package fr.nanterre.insertion.procurement.decp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import fr.nanterre.fixtures.DecpFile;
import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two scale figures of pillar 2: a DECP file of 20,000 contracts imported end to end, and the contracts grid's
 * page query with 50,000 contracts in the table. Left out of the usual build; run it alone and read the figures it
 * prints: {@code mvn verify -pl procurement -am -Dgroups=benchmark -DexcludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DecpBenchmarkTest}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpBenchmarkTest {

    private static final int FILE_SIZE = 20_000;
    private static final int TABLE_SIZE = 50_000;
    private static final int RUNS = 9;
    private static final String RESERVED_AWARDEE = "70100001000013";

    @Autowired
    DecpImport decpImport;
    @Autowired
    DecpExport export;
    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;
    @Autowired
    PartnerStructures partnerStructures;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    /** The awardee of the reserved marchés, registered once whichever test runs first. */
    @BeforeEach
    void registerTheReservedLotsAwardee() {
        if (partnerStructures.findBySiret(new Siret(RESERVED_AWARDEE)).isEmpty()) {
            structures.register(StructureDetails.of("EI du banc d'essai", StructureKind.EI, RESERVED_AWARDEE));
        }
    }

    @Test
    void aFileOf20000ContractsIsImportedEndToEnd() throws Exception {
        // a first small file, so that the code measured is compiled
        decpImport.apply(decpImport.preview("warm-up.json", file("BENCH-W", 500, new Random(3))));
        byte[] file = file("BENCH-A", FILE_SIZE, new Random(1));

        long start = System.nanoTime();
        Preview preview = decpImport.preview("bench.json", file);
        long previewed = System.nanoTime();
        int imported = decpImport.apply(preview);
        long applied = System.nanoTime();

        assertThat(preview.lines()).filteredOn(v -> !v.accepted()).isEmpty();
        assertThat(imported).isEqualTo(FILE_SIZE);
        assertThat(register.count(new ContractFilter("bench-a-", null, null))).isEqualTo(FILE_SIZE);
        double insert = rawInsertOfTheSameRows("BENCH-A-");
        System.out.printf("%nDECP import of %,d contracts (%,d bytes): preview %,d ms + apply %,d ms = %,d ms (%s)%n",
                FILE_SIZE, file.length, millis(start, previewed), millis(previewed, applied), millis(start, applied),
                machine());
        System.out.printf("insert of the same contract and lot rows (median of 3): %,.1f ms; apply ÷ insert %.2f×, "
                        + "preview + apply ÷ insert %.2f×%n", insert, (applied - previewed) / 1e6 / insert,
                (applied - start) / 1e6 / insert);
    }

    /**
     * The very contract and lot rows the import wrote, inserted again by the database in one statement per table into
     * scratch copies of the tables (as app's NationalBenchmark measures it): what the import is compared with.
     */
    private double rawInsertOfTheSameRows(String prefix) throws java.sql.SQLException {
        String contractRows = jdbc.sql("select json_agg(c) from procurement.contract c where reference like :prefix")
                .param("prefix", prefix + "%").query(String.class).single();
        String lotRows = jdbc.sql("""
                select json_agg(l) from procurement.lot l
                where contract_id in (select id from procurement.contract where reference like :prefix)""")
                .param("prefix", prefix + "%").query(String.class).single();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("""
                    create temporary table contract_scratch (like procurement.contract including all);
                    create temporary table lot_scratch (like procurement.lot including all)""");
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                connection.createStatement().execute("truncate contract_scratch, lot_scratch");
                long t = System.nanoTime();
                try (var contract = connection.prepareStatement("insert into contract_scratch "
                        + "select * from json_populate_recordset(null::contract_scratch, cast(? as json))");
                     var lot = connection.prepareStatement("insert into lot_scratch "
                             + "select * from json_populate_recordset(null::lot_scratch, cast(? as json))")) {
                    contract.setString(1, contractRows);
                    contract.executeUpdate();
                    lot.setString(1, lotRows);
                    lot.executeUpdate();
                }
                times.add((System.nanoTime() - t) / 1e6);
            }
            connection.createStatement().execute("drop table contract_scratch, lot_scratch");
            return times.stream().sorted().toList().get(1);
        }
    }

    @Test
    void theGridsPageQueryStaysFastWith50000Contracts() {
        long present = register.count(ContractFilter.ALL);
        if (present < TABLE_SIZE) {
            Preview preview = decpImport.preview("bench.json", file("BENCH-B", (int) (TABLE_SIZE - present),
                    new Random(2)));
            assertThat(preview.lines()).filteredOn(v -> !v.accepted()).isEmpty();
            decpImport.apply(preview);
        }
        jdbc.sql("analyze procurement.contract").update();
        jdbc.sql("analyze procurement.lot").update();
        long total = register.count(ContractFilter.ALL);
        ContractFilter voltaire = new ContractFilter("Voltaire", null, null);
        long matching = register.count(voltaire);
        ContractFilter rare = new ContractFilter("bench-b-00042", null, null);
        assertThat(total).isGreaterThanOrEqualTo(TABLE_SIZE);

        System.out.printf("%nContracts grid, %,d contracts, pages of 50 sorted by reference, median of %d runs (%s)%n",
                total, RUNS, machine());
        // "grid ms": the grid's page as it is read now, contracts with their lots in one statement (ContractRows);
        // "aggregates ms": the same page as aggregates, each contract's lots, awardees and modifications read apart
        System.out.printf("%-44s %12s %14s %12s %12s%n", "page", "grid ms", "aggregates ms", "SQL ms",
                "count SQL ms");
        measure("first page, no filter", ContractFilter.ALL, 0);
        measure("deep page (offset 25,000), no filter", ContractFilter.ALL, 500);
        measure("last page, no filter", ContractFilter.ALL, (int) ((total - 1) / 50));
        measure("first page, text \"Voltaire\" (" + matching + ")", voltaire, 0);
        measure("deep page, text \"Voltaire\"", voltaire, (int) (matching / 50 / 2));
        measure("first page, text \"bench-b-00042\"", rare, 0);

        long start = System.nanoTime();
        byte[] exported = export.cityContracts();
        System.out.printf("DECP export of the City's notified contracts: %,d bytes in %,d ms%n", exported.length,
                millis(start, System.nanoTime()));
    }

    private void measure(String label, ContractFilter filter, int page) {
        PageRequest request = PageRequest.of(page, 50, Sort.by("reference"));
        double grid = median(() -> {
            long start = System.nanoTime();
            assertThat(register.rows(filter, request)).isNotNull();
            return (System.nanoTime() - start) / 1e6;
        });
        double service = median(() -> {
            long start = System.nanoTime();
            assertThat(register.find(filter, request)).isNotNull();
            return (System.nanoTime() - start) / 1e6;
        });
        String where = filter.text() == null ? "" : " where search_key like '" + SearchKey.containing(filter.text())
                + "'";
        double sql = median(() -> executionTime("select * from procurement.contract" + where
                + " order by reference limit 50 offset " + request.getOffset()));
        double count = median(() -> executionTime("select count(*) from procurement.contract" + where));
        System.out.printf("%-44s %12.1f %14.1f %12.1f %12.1f%n", label, grid, service, sql, count);
    }

    /** What PostgreSQL spent on the query (EXPLAIN ANALYZE's execution time), without the network and mapping. */
    private double executionTime(String sql) {
        String plan = String.join("\n", jdbc.sql("explain (analyze, timing off) " + sql).query(String.class).list());
        String line = Arrays.stream(plan.split("\n")).filter(l -> l.startsWith("Execution Time")).findFirst()
                .orElseThrow();
        return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
    }

    private static double median(Supplier<Double> run) {
        run.get();
        run.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(run.get());
        }
        return times.stream().sorted().toList().get(RUNS / 2);
    }

    /**
     * A DECP v2 file as the City's and its neighbours' would be ({@link DecpFile}): 70 % the City's, 80 % notified,
     * 2,000 companies, one in five with a clause, one in twenty with a criterion, one in a hundred reserved to the
     * registered EI.
     */
    private byte[] file(String prefix, int size, Random random) {
        return new DecpFile(mapper).reservedTo(RESERVED_AWARDEE).of(prefix, size, random);
    }

    /** The figures depend on what else runs: say it next to them. */
    private static String machine() {
        return "%d cores, load average %.1f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
