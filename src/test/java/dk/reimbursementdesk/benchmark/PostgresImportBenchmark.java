package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.PostgresServer;
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
 * pool's {@code reWriteBatchedInserts}), in turn, the best of the rounds counted.
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
        System.out.printf(Locale.ROOT, "Best: COPY %.2f s, batched inserts %.2f s, inserts / COPY %.2f%n", bestCopy, bestInserts,
                bestInserts / bestCopy);
        System.exit(0);
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
