package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.testing.PostgresServer;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15's figures (run by hand, not by Surefire): the 100,000-customer, 1,000,000-transaction
 * benchmark on a local PostgreSQL 15 started with its durable defaults
 * ({@link PostgresServer#startDurable}), side by side with the same work on a SQLite file in the
 * same run, each beside its yardstick:
 * <ul>
 *   <li>import of the customers, rates and transactions files, against loading the two big files
 *       into bare tables: {@code psql \copy} on PostgreSQL, {@code bare_load.py} on SQLite;</li>
 *   <li>a summarized reimbursement run over a generated ledger (preview, then run), against
 *       {@code baseline_postgresql.sql} by {@code psql -1} on a copy of the database
 *       ({@code CREATE DATABASE ... TEMPLATE}), and {@code baseline.sql} on a copy of the file.</li>
 * </ul>
 * Arguments: customers (100000), transactions per customer (10), seed (42).
 */
public final class PostgresBenchmark {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 31);
    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Locale.setDefault(Locale.ENGLISH);
        new PostgresBenchmark().run(customers, perCustomer, seed);
    }

    private void run(int customers, int perCustomer, long seed) throws Exception {
        PostgresServer server = PostgresServer.startDurable();
        Path dir = Files.createTempDirectory("postgres-benchmark");
        if (!Boolean.getBoolean("benchmark.skipImport")) {
            imports(server, dir, customers, perCustomer);
        }
        if (!Boolean.getBoolean("benchmark.skipRun")) {
            runs(server, dir, customers, perCustomer, seed);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        lines.forEach(System.out::println);
    }

    private void imports(PostgresServer server, Path dir, int customers, int perCustomer) throws Exception {
        Path customerFile = dir.resolve("customers.csv");
        Path rateFile = dir.resolve("rates.csv");
        Path transactionFile = dir.resolve("transactions.csv");
        long rows = ImportBenchmark.generate(customers, perCustomer, customerFile, rateFile, transactionFile);
        lines.add(String.format(Locale.ROOT, "import: %,d customers, %,d transactions", customers, rows));
        double copy = PostgresImportBenchmark.bareCopy(server, dir, customerFile, transactionFile);
        double sameWork = PostgresImportBenchmark.sameWork(server, dir, customerFile, rateFile, transactionFile);
        server.admin("CREATE DATABASE imported");
        ServerAddress imported = server.address("imported");
        double postgres = ImportBenchmark.product(Ledger.create(imported), customerFile, rateFile, transactionFile) / 1e9;
        double python = ImportBenchmark.pythonScript(dir) / 1e9;
        double sqlite = ImportBenchmark.product(Ledger.create(dir.resolve("imported.db")), customerFile, rateFile, transactionFile) / 1e9;
        lines.add(row("import, PostgreSQL", postgres, "psql \\copy into bare tables", copy));
        lines.add(row("import, PostgreSQL", postgres, "psql -1 import_baseline_postgresql.sql", sameWork));
        lines.add(row("import, SQLite", sqlite, "bare_load.py", python));
    }

    private void runs(PostgresServer server, Path dir, int customers, int perCustomer, long seed) throws Exception {
        server.admin("CREATE DATABASE bench");
        ServerAddress bench = server.address("bench");
        Path file = dir.resolve("bench.db");
        for (Ledger ledger : new Ledger[] {Ledger.create(bench), Ledger.create(file)}) {
            try (ledger) {
                new CompanySetupService(ledger).initialize("BENCH", "Benchmark A/S", "DKK", false);
                ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00));
                double generated = seconds(() -> new SyntheticLedgerGenerator(ledger).generate(customers, perCustomer, seed));
                lines.add(String.format(Locale.ROOT, "generate %s: %.2f s", ledger.engine(), generated));
            }
        }
        // The yardsticks work on copies, so each starts from the ledger the product starts from.
        server.admin("CREATE DATABASE bench_yardstick TEMPLATE bench");
        server.admin("ANALYZE");
        double postgresYardstick = seconds(() -> psqlBaseline(server, "bench_yardstick", dir));
        Path copy = dir.resolve("yardstick.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        double sqliteYardstick = Baseline.run(copy, DATE).secondsToCommit();
        ReimbursementRequest request = new ReimbursementRequest(DATE, true, Selection.all(CustomerQueryFields.CATALOG));
        for (Ledger ledger : new Ledger[] {Ledger.open(bench), Ledger.open(file)}) {
            try (ledger) {
                ReimbursementService service = new ReimbursementService(ledger);
                Preview[] preview = new Preview[1];
                double previewSeconds = seconds(() -> preview[0] = service.preview(request));
                RunResult[] result = new RunResult[1];
                double runSeconds = seconds(() -> result[0] = service.run(request, RunProgress.NONE));
                double yardstick = ledger.onServer() ? postgresYardstick : sqliteYardstick;
                String what = ledger.onServer() ? "psql -1 baseline_postgresql.sql" : "baseline.sql";
                lines.add(row("preview, " + ledger.engine() + " (" + preview[0].proposals().size() + " proposals)", previewSeconds, what, yardstick));
                lines.add(row("run, " + ledger.engine() + " (" + result[0].reimbursements() + " reimbursements)", runSeconds, what, yardstick));
            }
        }
    }

    private static String row(String what, double seconds, String yardstickName, double yardstick) {
        return String.format(Locale.ROOT, "| %-48s | %7.2f s | %-32s | %7.2f s | %5.2f x |", what, seconds, yardstickName, yardstick,
                seconds / yardstick);
    }

    /** The baseline's placeholders filled from the database (as Baseline does for a file), run by psql in one transaction. */
    private static void psqlBaseline(PostgresServer server, String database, Path dir) {
        try (Connection c = DriverManager.getConnection(server.url(database))) {
            String script = Baseline.filled(c, "/benchmark/baseline_postgresql.sql", DATE);
            psql(server, database, dir.resolve("baseline_postgresql.sql"), script);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String textColumns(Path csv) {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine().replace("\uFEFF", "");
            StringBuilder columns = new StringBuilder();
            for (String name : header.split(",")) {
                columns.append(columns.length() == 0 ? "" : ", ").append('"').append(name.strip()).append("\" text");
            }
            return columns.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void psql(PostgresServer server, String database, Path scriptFile, String script) {
        try {
            Files.writeString(scriptFile, script);
            Process process = new ProcessBuilder(server.bin().resolve("psql").toString(), "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1",
                    "-h", "127.0.0.1", "-p", String.valueOf(server.port()), "-U", "desk", "-d", database, "-f", scriptFile.toString())
                    .inheritIO().start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed on " + scriptFile);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
