package dk.reimbursementdesk.testing;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real ledgers for tests, never a mock: a migrated SQLite file in a temporary folder, or, when the
 * test JVM runs with {@code -Ddesk.test.engine=postgresql} (the pom's second Surefire run of the
 * service and command-line tests), a migrated database of the tests' own PostgreSQL server
 * ({@link PostgresServer}). A test that is about files only (locks, backups, the file checks) opens
 * files itself and is not in that run.
 */
public final class TestLedgers {

    /** The system property that runs the ledger tests on PostgreSQL. */
    public static final String ENGINE = "desk.test.engine";

    private TestLedgers() {
    }

    /** Whether this test JVM's ledgers are on PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE));
    }

    /** A new ledger with the schema only (no company): a file in {@code dir}, or a database of the test server. */
    public static Ledger schemaOnly(Path dir) {
        return open(Template.SCHEMA, dir);
    }

    /** A new ledger with company "TEST" in DKK and nothing else. */
    public static Ledger empty(Path dir) {
        return open(Template.EMPTY, dir);
    }

    /**
     * A new ledger file with company "TEST" in DKK, whatever the engine of this JVM: for the tests
     * of a class about files (a backup, a restore) that runs on PostgreSQL otherwise.
     */
    public static Ledger emptyFile(Path dir) {
        return Ledger.open(LedgerTemplates.copy(Template.EMPTY, dir));
    }

    /**
     * The closed ledger {@link #demo} or {@link #empty} would open, as the command line's
     * {@code --ledger} names it: a file's path, or the URL of a test database of its own. Nothing is
     * opened, so a command test's own process or command finds the ledger unlocked.
     */
    public static String location(Template template, Path dir) {
        return onPostgres() ? PostgresServer.get().url(PostgresServer.get().databaseFrom(template).database())
                : LedgerTemplates.copy(template, dir).toString();
    }

    /** {@link #location} as a file, whatever the engine of this JVM. */
    public static Path file(Template template, Path dir) {
        return LedgerTemplates.copy(template, dir);
    }

    private static Ledger open(Template template, Path dir) {
        return onPostgres() ? Ledger.open(PostgresServer.get().databaseFrom(template)) : Ledger.open(LedgerTemplates.copy(template, dir));
    }

    /** The same ledger opened again after {@code closed} was closed: its file, or its database on the server. */
    public static Ledger reopen(Ledger closed) {
        return closed.server().map(Ledger::open).orElseGet(() -> Ledger.open(closed.file()));
    }

    /**
     * A ledger file migrated only up to {@code target} by plain Flyway, as an older build left it, with
     * {@code statements} run on it: for tests of a later migration on existing data.
     */
    public static void olderLedger(Path file, String target, String... statements) throws java.sql.SQLException {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target(target).load()
                .migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** A new ledger holding the demo company. */
    public static Ledger demo(Path dir) {
        return open(Template.DEMO, dir);
    }

    /**
     * What a test's new ledger holds. Each is made once per test JVM, by {@link Ledger#create} (the
     * Flyway run) and the same services a user's init or demo runs, and then copied for every test:
     * a file copy or {@code CREATE DATABASE ... TEMPLATE} of a few milliseconds, where making it again
     * took 300 to 500 ms (Flyway, Hibernate's schema validation, the demo's postings) a test.
     */
    public enum Template {
        /** The migrated schema and no company. */
        SCHEMA(ledger -> { }),
        /** Company "TEST" in DKK and nothing else. */
        EMPTY(ledger -> new CompanySetupService(ledger).initialize("TEST", "Test ApS", "DKK", false)),
        /** The demo company. */
        DEMO(ledger -> new DemoLedgerService(ledger).populate());

        private final java.util.function.Consumer<Ledger> fill;

        Template(java.util.function.Consumer<Ledger> fill) {
            this.fill = fill;
        }

        /**
         * The template's name with the default locale: the demo and a new company name their groups,
         * accounts and sequences in the language of the locale they are made in.
         */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT) + "_" + java.util.Locale.getDefault().toLanguageTag().replaceAll("[^A-Za-z0-9]", "_").toLowerCase(java.util.Locale.ROOT);
        }

        /** Fills a new, migrated ledger with this template's content. */
        public void fill(Ledger ledger) {
            fill.accept(ledger);
        }
    }

    /** Runs plain SQL for arranging and inspecting state (to break a ledger on purpose, for instance). */
    public static void execute(Ledger ledger, String sql) {
        ledger.inSessionTransactionDo(session -> session.doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }));
    }

    /**
     * Runs the statement of this JVM's engine: for arranging state with SQL the two spell differently
     * (a trigger: SQLite's body in the trigger, PostgreSQL's in a plpgsql function).
     */
    public static void execute(Ledger ledger, String sqlite, String postgres) {
        execute(ledger, onPostgres() ? postgres : sqlite);
    }

    /**
     * A balanced voucher of two zero lines on the first account, for fixtures that hang rows on a
     * voucher: the ledger's voucher guard refuses one with fewer than two lines.
     */
    public static void voucher(Ledger ledger, String number, String date, String description) {
        ledger.inSessionTransactionDo(session -> session.doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO voucher (number, posting_date, description, posted_at) VALUES ('" + number + "', '"
                        + date + "', '" + description + "', '" + date + "T00:00')");
                s.execute("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount)"
                        + " SELECT v.id, (SELECT min(id) FROM ledger_account), 0, 0, e.accounting_currency, 0"
                        + " FROM voucher v, legal_entity e, (SELECT 1 UNION ALL SELECT 2) two WHERE v.number = '" + number + "'");
            }
        }));
    }

    public static long count(Ledger ledger, String sql) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    /** Rows of a query as "a|b|c" strings, for assertions that read like the table. */
    public static List<String> rows(Ledger ledger, String sql) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }));
    }

    /** Every row of every table, as text: two snapshots are equal exactly when nothing was written. */
    public static Map<String, List<String>> snapshot(Ledger ledger) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> snapshot(c)));
    }

    private static Map<String, List<String>> snapshot(Connection c) throws java.sql.SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        String tableQuery = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(tableQuery)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            tables.put(name, rows);
        }
        return tables;
    }
}
