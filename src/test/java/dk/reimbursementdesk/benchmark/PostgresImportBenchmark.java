package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * COPY against batched inserts for the imports of a PostgreSQL ledger (issue 15; run by hand, not
 * by Surefire): {@code ./mvnw -q test-compile exec:java -Dmain.class=dk.reimbursementdesk.benchmark.PostgresImportBenchmark}
 * ({@code -Dexec.args="100000 10 2"}: customers, transactions per customer, rounds). The same seeded
 * files as {@link ImportBenchmark} (100,000 customers, about 1,000,000 transactions) are imported
 * (customers, rates, transactions, each all or nothing) into new databases of a local PostgreSQL 15
 * with its durable defaults, once by COPY (the product's way) and once with
 * {@code desk.import.postgresInserts=true} (the multi-row inserts SQLite's import sends, on the
 * pool's {@code reWriteBatchedInserts}), in turn, the best of the rounds counted. Two yardsticks first:
 * {@link #bareCopy} and {@link #sameWork}; both ratios printed at the end (see docs/benchmarks.md).
 * {@code -Dbenchmark.inserts=false} leaves the batched inserts out; {@code -Dbenchmark.logStatements=MS}
 * logs every statement slower than that to the server's log, for profiling.
 */
public final class PostgresImportBenchmark {

    private PostgresImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Locale.setDefault(Locale.ENGLISH);
        PostgresServer server = PostgresServer.startDurable();
        String logStatements = System.getProperty("benchmark.logStatements");
        if (logStatements != null) {
            // Every statement slower than this many ms in the server's log (/tmp/desk-pg-*/server.log), for profiling.
            server.admin("ALTER SYSTEM SET log_min_duration_statement = " + Integer.parseInt(logStatements));
            server.admin("SELECT pg_reload_conf()");
        }
        boolean withInserts = !"false".equals(System.getProperty("benchmark.inserts"));
        Path dir = Files.createTempDirectory("postgres-import-benchmark");
        Path customerFile = dir.resolve("customers.csv");
        Path rateFile = dir.resolve("rates.csv");
        Path transactionFile = dir.resolve("transactions.csv");
        long rows = ImportBenchmark.generate(customers, perCustomer, customerFile, rateFile, transactionFile);
        System.out.printf(Locale.ROOT, "Files: %,d customers, %,d transactions; load average %s%n", customers, rows, load());
        double bare = bareCopy(server, dir, customerFile, transactionFile);
        System.out.printf(Locale.ROOT, "Yardstick psql \\copy into bare tables: %.2f s (load average %s)%n", bare, load());
        double sameWork = sameWork(server, dir, customerFile, rateFile, transactionFile);
        System.out.printf(Locale.ROOT, "Yardstick psql -1 import_baseline_postgresql.sql: %.2f s (load average %s)%n", sameWork, load());
        double bestCopy = Double.MAX_VALUE;
        double bestInserts = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            for (boolean inserts : withInserts ? new boolean[] {false, true} : new boolean[] {false}) {
                System.setProperty("desk.import.postgresInserts", String.valueOf(inserts));
                String database = (inserts ? "inserts_" : "copy_") + round;
                server.admin("CREATE DATABASE " + database);
                double seconds = ImportBenchmark.product(Ledger.create(server.address(database)), customerFile, rateFile,
                        transactionFile) / 1e9;
                System.out.printf(Locale.ROOT, "Round %d, %s: %.2f s (load average %s)%n", round, inserts ? "batched inserts" : "COPY",
                        seconds, load());
                if (inserts) {
                    bestInserts = Math.min(bestInserts, seconds);
                } else {
                    bestCopy = Math.min(bestCopy, seconds);
                }
            }
        }
        if (withInserts) {
            System.out.printf(Locale.ROOT, "Best: COPY %.2f s, batched inserts %.2f s, inserts / COPY %.2f%n", bestCopy, bestInserts,
                    bestInserts / bestCopy);
        }
        System.out.printf(Locale.ROOT, "COPY against psql \\copy into bare tables: %.2f x; against the same work in SQL"
                + " (import_baseline_postgresql.sql): %.2f x%n", bestCopy / bare, bestCopy / sameWork);
        System.exit(0);
    }

    /**
     * The first yardstick, the floor: {@code psql \\copy} of the customers and transactions files into
     * bare tables of text columns (no types, keys, indexes or other rows made), in one transaction.
     */
    static double bareCopy(PostgresServer server, Path dir, Path customerFile, Path transactionFile) {
        server.admin("CREATE DATABASE bare");
        return PostgresBenchmark.seconds(() -> PostgresBenchmark.psql(server, "bare", dir.resolve("bare_copy.sql"), """
                CREATE TABLE customer (%s);
                CREATE TABLE txn (%s);
                \\copy customer FROM '%s' WITH (FORMAT csv, HEADER true)
                \\copy txn FROM '%s' WITH (FORMAT csv, HEADER true)
                """.formatted(PostgresBenchmark.textColumns(customerFile), PostgresBenchmark.textColumns(transactionFile),
                customerFile, transactionFile)));
    }

    /**
     * The second yardstick, the same work: {@code import_baseline_postgresql.sql} by {@code psql -1} on
     * a ledger set up as the product's import starts from (migrated, the company made), writing the
     * same tables by hand-written set-based SQL; only psql's time counts.
     */
    static double sameWork(PostgresServer server, Path dir, Path customerFile, Path rateFile, Path transactionFile) {
        server.admin("CREATE DATABASE same_work");
        try (Ledger ledger = Ledger.create(server.address("same_work"))) {
            new CompanySetupService(ledger).initialize("BENCH", "Benchmark A/S", "DKK", false);
        }
        String script;
        try (InputStream in = PostgresImportBenchmark.class.getResourceAsStream("/benchmark/import_baseline_postgresql.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{customers}", customerFile.toString())
                    .replace("{rates}", rateFile.toString()).replace("{transactions}", transactionFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PostgresBenchmark.seconds(() -> PostgresBenchmark.psql(server, "same_work", dir.resolve("import_baseline.sql"), script));
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
