package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportResult;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The import speed benchmark of issue 6 (run by hand, not by surefire):
 * {@code ./mvnw -q test-compile exec:java -Dmain.class=dk.reimbursementdesk.benchmark.ImportBenchmark}
 * (the pom's exec configuration names {@code ${main.class}}, so {@code -Dexec.mainClass} is ignored; add
 * {@code -Dexec.args="50000 10 3"} for other sizes: customers, average transactions per customer, rounds).
 *
 * <p>Writes seeded files of 100,000 customers and about 1,000,000 transactions, then times (a) the
 * baseline: the same two files loaded into a bare SQLite schema by a short plain-JDBC batch script in
 * one transaction, and (b) the product: {@code import customers}, {@code import rates} and
 * {@code import transactions} through {@link ImportService} into a new ledger. Each is run in every round (two by default) on
 * fresh files and the best time counted, so both get the same JIT warm-up. The target: (b) at most
 * 1.5 times (a).
 */
public final class ImportBenchmark {

    private static final long SEED = 20261124L;
    private static final String[] GROUPS = {"RETAIL", "WHOLESALE", "PUBLIC", "EXPORT", "STAFF"};
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Phase timings of the import (debug log, on standard error).
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dk.reimbursementdesk.service.interchange"))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("import-benchmark");
        Path customerFile = dir.resolve("customers.csv");
        Path rateFile = dir.resolve("rates.csv");
        Path transactionFile = dir.resolve("transactions.csv");
        long rows = generate(customers, perCustomer, customerFile, rateFile, transactionFile);
        System.out.printf(Locale.ROOT, "Files: %,d customers, %,d transactions (%,d MB) in %s%n", customers, rows,
                (Files.size(customerFile) + Files.size(transactionFile)) >> 20, dir);

        long bestBaseline = Long.MAX_VALUE;
        long bestImport = Long.MAX_VALUE;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int round = 1; round <= rounds; round++) {
            long baseline = baseline(dir.resolve("bare-" + round + ".db"), customerFile, transactionFile);
            long product = product(dir.resolve("ledger-" + round + ".db"), customerFile, rateFile, transactionFile);
            System.out.printf(Locale.ROOT, "Round %d: bare SQLite script %.2f s, Reimbursement Desk import %.2f s%n",
                    round, baseline / 1e9, product / 1e9);
            bestBaseline = Math.min(bestBaseline, baseline);
            bestImport = Math.min(bestImport, product);
        }
        System.out.printf(Locale.ROOT, "Best: bare SQLite script %.2f s, import %.2f s, ratio %.2f (target at most 1.50)%n",
                bestBaseline / 1e9, bestImport / 1e9, (double) bestImport / bestBaseline);
        long python = pythonScript(dir);
        if (python > 0) {
            System.out.printf(Locale.ROOT, "Short Python script (src/test/resources/benchmark/bare_load.py): %.2f s; import / script %.2f%n",
                    python / 1e9, (double) bestImport / python);
        }
    }

    /**
     * The yardstick is "a short script" loading the same files into a bare schema (about 6 s
     * on this machine): the Python csv + sqlite3 script beside the benchmark is that script. Best of
     * three; 0 when python3 is not installed.
     */
    static long pythonScript(Path dir) throws Exception {
        Path script = dir.resolve("bare_load.py");
        try (var in = ImportBenchmark.class.getResourceAsStream("/benchmark/bare_load.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Files.deleteIfExists(dir.resolve("bare-python.db"));
            Files.deleteIfExists(dir.resolve("bare-python.db-wal"));
            Files.deleteIfExists(dir.resolve("bare-python.db-shm"));
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("python3", script.toString(), dir.toString()).inheritIO().start();
            } catch (java.io.IOException e) {
                return 0;
            }
            if (process.waitFor() != 0) {
                return 0;
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** The "short script": parse both files and batch-insert them into two bare tables. */
    private static long baseline(Path db, Path customerFile, Path transactionFile) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE customer (account TEXT, name TEXT, grp TEXT, currency TEXT, vendor_account TEXT, iban TEXT, bic TEXT)");
                s.execute("CREATE TABLE txn (customer TEXT, date TEXT, type TEXT, document TEXT, amount TEXT, currency TEXT, due_date TEXT)");
            }
            c.setAutoCommit(false);
            load(c, customerFile, "INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?, ?)", 7);
            load(c, transactionFile, "INSERT INTO txn VALUES (?, ?, ?, ?, ?, ?, ?)", 7);
            c.commit();
        }
        return System.nanoTime() - start;
    }

    private static void load(Connection c, Path file, String sql, int columns) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
             PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            for (CSVRecord record : parser) {
                for (int i = 0; i < columns; i++) {
                    insert.setString(i + 1, i < record.size() ? record.get(i) : null);
                }
                insert.addBatch();
                if (++pending == 5_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** The product: a new ledger, then the three imports, each all-or-nothing in its own transaction. */
    private static long product(Path db, Path customerFile, Path rateFile, Path transactionFile) {
        return product(Ledger.create(db), customerFile, rateFile, transactionFile);
    }

    /** The three imports into {@code created} (a new ledger of either engine, closed after). */
    static long product(Ledger created, Path customerFile, Path rateFile, Path transactionFile) {
        try (Ledger ledger = created) {
            new CompanySetupService(ledger).initialize("BENCH", "Benchmark A/S", "DKK", false);
            ImportService imports = new ImportService(ledger);
            long start = System.nanoTime();
            imports.importFile(ImportKind.CUSTOMERS, customerFile);
            imports.importFile(ImportKind.RATES, rateFile);
            long customersDone = System.nanoTime();
            ImportResult result = imports.importFile(ImportKind.TRANSACTIONS, transactionFile);
            long elapsed = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "  customers and rates %.2f s, transactions %.2f s%n",
                    (customersDone - start) / 1e9, (elapsed - (customersDone - start)) / 1e9);
            LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
            System.out.printf(Locale.ROOT, "  imported %,d transactions, %,d settlements on %s; ledger check: %s%n",
                    result.rows(), result.settlements(), result.voucherNumber(),
                    report.allWell() ? "all well" : report.findings());
            return elapsed;
        }
    }

    static long generate(int customers, int perCustomer, Path customerFile, Path rateFile, Path transactionFile)
            throws IOException {
        Random random = new Random(SEED);
        long transactions = 0;
        try (BufferedWriter cw = Files.newBufferedWriter(customerFile, StandardCharsets.UTF_8);
             BufferedWriter tw = Files.newBufferedWriter(transactionFile, StandardCharsets.UTF_8);
             CSVPrinter customerCsv = new CSVPrinter(cw, CSVFormat.RFC4180);
             CSVPrinter transactionCsv = new CSVPrinter(tw, CSVFormat.RFC4180)) {
            customerCsv.printRecord("account", "name", "group", "currency", "vendor_account", "iban", "bic");
            transactionCsv.printRecord("customer", "date", "type", "document", "amount", "currency", "due_date");
            long document = 1;
            for (int n = 1; n <= customers; n++) {
                String account = String.format(Locale.ROOT, "C%07d", n);
                boolean euro = random.nextInt(10) == 0;
                String currency = euro ? "EUR" : "DKK";
                String iban = random.nextBoolean() ? danishIban(random) : "";
                customerCsv.printRecord(account, "Customer " + n + (n % 7 == 0 ? ", Ltd" : ""), GROUPS[random.nextInt(GROUPS.length)],
                        currency, "", iban, iban.isEmpty() ? "" : "DABADKKK");
                int count = 1 + random.nextInt(2 * perCustomer - 1);
                LocalDate date = START.plusDays(random.nextInt(60));
                for (int t = 0; t < count; t++) {
                    int kind = random.nextInt(10);
                    String type = kind < 6 ? "INVOICE" : kind < 9 ? "PAYMENT" : "CREDIT_NOTE";
                    long cents = 100 + random.nextInt(1_000_000);
                    String amount = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
                    transactionCsv.printRecord(account, date, type, "D" + document++, amount, "",
                            type.equals("INVOICE") ? date.plusDays(30) : "");
                    date = date.plusDays(random.nextInt(20));
                    transactions++;
                }
            }
        }
        Files.writeString(rateFile, "currency,date,rate\r\nEUR,2024-12-01,7.4590\r\nEUR,2025-06-01,7.4612\r\nEUR,2026-01-01,7.4600\r\n");
        return transactions;
    }

    /** A valid Danish IBAN: the check digits computed by ISO 13616 mod 97. */
    private static String danishIban(Random random) {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            bban.append(random.nextInt(10));
        }
        // D = 13, K = 20; "DK00" moved to the end.
        BigInteger number = new BigInteger(bban + "132000");
        int check = 98 - number.mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "DK%02d%s", check, bban);
    }
}
