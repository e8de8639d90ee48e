package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a ledger on PostgreSQL (issue 15): {@code --ledger jdbc:postgresql://...}, on
 * the tests' own server. Every command says on a server what it says on a file, but for the
 * ledger's name; init makes the schema and the company in an empty database; the refusals are
 * sentences on standard error without the password, and write nothing; the file-only commands
 * refuse before they connect.
 */
class ServerLedgerCommandsTest {

    private static final String SECRET = "s3cret-Pw";

    private final PostgresServer server = PostgresServer.get();

    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static Cli.Result ok(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err(), result.toString());
        return result;
    }

    private static String name(String url) {
        return ServerAddress.parse(url).display();
    }

    /** The demo ledger on the server, made as the file's is, closed again for the commands. */
    private String demoOnServer() {
        ServerAddress address = server.migratedDatabase();
        try (Ledger ledger = Ledger.open(address)) {
            new DemoLedgerService(ledger).populate();
        }
        return server.url(address.database());
    }

    /** init of company DK01 on the url, refused: exit 1 and nothing on standard output. */
    private static Cli.Result refusedInit(String url, String companyName, String currency) {
        Cli.Result result = run("--ledger", url, "init", "--company", "DK01", "--name", companyName, "--currency", currency);
        assertEquals(1, result.exit(), result.toString());
        assertEquals("", result.out(), result.toString());
        return result;
    }

    private long count(String url, String sql) {
        try (Ledger ledger = Ledger.open(ServerAddress.parse(url))) {
            return TestLedgers.count(ledger, sql);
        }
    }

    private long tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void initMakesTheSchemaAndTheCompanyInAnEmptyDatabaseAndCheckFindsItWhole() {
        String url = server.url(server.emptyDatabase().database());
        Cli.Result init = ok("--ledger", url, "init", "--company", "DK01", "--name", "Nordlys ApS", "--currency", "dkk");
        assertEquals("Created the ledger " + name(url) + " for company DK01 (Nordlys ApS), accounting currency DKK.\n", init.out());
        assertEquals(1, count(url, "SELECT count(*) FROM legal_entity WHERE code = 'DK01' AND accounting_currency = 'DKK'"));
        assertEquals(0, count(url, "SELECT count(*) FROM voucher"));
        // The check says what it checked on a server: no file there.
        assertEquals("The ledger checks out: every voucher balances, the control accounts equal the open items, every reference "
                + "points at a row that exists and the audit log's chain is intact. The ledger is on a PostgreSQL server, which "
                + "keeps its own files: there is no file to check.\n", ok("--ledger", url, "check").out());
    }

    @Test
    void initWhoseCompanyStepFailsAfterTheSchemaLeavesTheDatabaseAsItWasAndCanBeRunAgain() throws Exception {
        String url = server.url(server.emptyDatabase().database());
        // PostgreSQL's text holds no NUL character: the company's row is refused after Flyway made the schema.
        Cli.Result refused = refusedInit(url, "Nordlys\u0000ApS", "DKK");
        // One sentence, from the company's insert (not Flyway's), and no stack trace.
        assertTrue(refused.err().endsWith("0x00); nothing was saved.\n"), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertEquals(0, tables(url));
        assertEquals(List.of(), functions(url));

        ok("--ledger", url, "init", "--company", "DK01", "--name", "Nordlys ApS", "--currency", "DKK");
        assertEquals(1, count(url, "SELECT count(*) FROM legal_entity WHERE code = 'DK01'"));
    }

    private static List<String> functions(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void initInDanishNamesTheChartOfAccountsInDanish() {
        String url = server.url(server.emptyDatabase().database());
        Cli.Result init = ok("--ledger", url, "--locale", "da", "init", "--company", "DK01", "--name", "Nordlys ApS", "--currency", "DKK");
        assertTrue(init.out().startsWith("Regnskabet " + name(url)), init.out());
        assertEquals(1, count(url, "SELECT count(*) FROM ledger_account WHERE number = '5600' AND name = 'Debitorer'"));
    }

    @Test
    void initRefusesADatabaseThatHoldsALedgerOrTablesOfItsOwnAndChangesNothing() throws Exception {
        String ledger = server.url(server.migratedDatabase().database());
        Cli.Result again = run("--ledger", ledger, "init", "--company", "X", "--name", "X", "--currency", "EUR");
        assertEquals(1, again.exit(), again.toString());
        assertEquals("The database " + name(ledger) + " holds a ledger already; open it instead.\n", again.err());
        assertEquals("", again.out());
        assertEquals(0, count(ledger, "SELECT count(*) FROM legal_entity"));

        String other = server.url(server.emptyDatabase().database());
        try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name text)");
        }
        Cli.Result notEmpty = run("--ledger", other, "init", "--company", "X", "--name", "X", "--currency", "EUR");
        assertEquals(1, notEmpty.exit(), notEmpty.toString());
        assertEquals("The database " + name(other) + " is not empty, so no new ledger is made in it: give an empty database.\n",
                notEmpty.err());
        assertEquals(1, tables(other));

        // A function of its own is as much another's as a table: Flyway would not make the schema beside it.
        String withFunction = server.url(server.emptyDatabase().database());
        try (Connection c = DriverManager.getConnection(withFunction); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION admins_own() RETURNS integer LANGUAGE sql AS 'SELECT 1'");
        }
        Cli.Result besideFunction = refusedInit(withFunction, "X", "EUR");
        assertEquals("The database " + name(withFunction) + " is not empty, so no new ledger is made in it: give an empty database.\n",
                besideFunction.err());
        assertEquals(List.of("admins_own"), functions(withFunction));
    }

    @Test
    void initRefusesABadCompanyBeforeTouchingTheDatabase() throws Exception {
        String url = server.url(server.emptyDatabase().database());
        Cli.Result result = refusedInit(url, "X", "KRONER");
        assertEquals("\"KRONER\" is not an ISO 4217 currency code.\n", result.err());
        assertEquals(0, tables(url));
    }

    @Test
    void aWrongPasswordAndAnUnreachableServerAreSentencesWithoutThePassword() throws Exception {
        String url = server.emptyDatabaseWithPassword(SECRET);
        String wrong = url + "&password=wrong-" + SECRET;
        Cli.Result refused = run("--ledger", wrong, "init", "--company", "X", "--name", "X", "--currency", "EUR");
        assertEquals(1, refused.exit(), refused.toString());
        assertEquals("PostgreSQL refused the user name or password for " + name(url)
                + ". Give them in the URL (?user=...&password=...) or in PGUSER and PGPASSWORD.\n", refused.err());
        assertEquals(0, tables(url + "&password=" + SECRET));

        Cli.Result check = run("--ledger", wrong, "check");
        assertEquals(1, check.exit());
        assertFalse(check.err().contains(SECRET), check.err());

        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nobody = "jdbc:postgresql://127.0.0.1:" + closed + "/ledger?user=desk&password=" + SECRET;
        Cli.Result unreachable = run("--ledger", nobody, "parameters");
        assertEquals(1, unreachable.exit(), unreachable.toString());
        assertEquals("The PostgreSQL server of desk@127.0.0.1:" + closed
                + "/ledger cannot be reached: check the host, the port and that the server runs. Nothing was changed.\n", unreachable.err());

        Cli.Result created = ok("--ledger", url + "&password=" + SECRET, "init", "--company", "PW", "--name", "Secret ApS", "--currency", "DKK");
        assertFalse(created.out().contains(SECRET), created.out());
    }

    @Test
    void aUrlThatIsNoAddressIsRefusedWithItsPasswordHidden() {
        Cli.Result result = run("--ledger", "jdbc:postgresql://db.example.com:99999/books?password=" + SECRET, "parameters");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("The ledger \"jdbc:postgresql://db.example.com:99999/books?password=***\" is not a PostgreSQL address; "
                + "write it as jdbc:postgresql://HOST:PORT/DATABASE (the port may be left out).\n", result.err());
    }

    @Test
    void backupBackupsAndRestoreWorkOnFilesOnlyAndRefuseAServerBeforeConnecting() throws Exception {
        // a closed port: the refusal comes before any connection is tried
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/books?user=anna&password=" + SECRET;
        String sentence = "This works on a ledger file only; anna@127.0.0.1:" + closed + "/books is on a PostgreSQL server, "
                + "where the server's own tools do it (pg_dump, pg_restore: see the README).\n";
        Path backup = dir.resolve("copy.db");
        for (String[] command : List.of(new String[] {"backup"}, new String[] {"backup", backup.toString()},
                new String[] {"backups"}, new String[] {"restore", backup.toString()})) {
            List<String> args = new ArrayList<>(List.of("--ledger", url));
            args.addAll(List.of(command));
            Cli.Result result = run(args.toArray(String[]::new));
            assertEquals(1, result.exit(), String.join(" ", command) + ": " + result);
            assertEquals(sentence, result.err(), String.join(" ", command));
            assertEquals("", result.out());
        }
        assertFalse(Files.exists(backup));
    }

    @Test
    void theCommandLineTheAuditLogKeepsHasNoPassword() {
        assertEquals("--ledger jdbc:postgresql://db/books?user=anna&password=*** hold C0001",
                DeskCommandLine.commandLine(new String[] {"--ledger", "jdbc:postgresql://db/books?user=anna&password=" + SECRET, "hold", "C0001"}));
        assertEquals("--ledger=jdbc:postgresql://db/books?password=***&sslmode=require check",
                DeskCommandLine.commandLine(new String[] {"--ledger=jdbc:postgresql://db/books?password=" + SECRET + "&sslmode=require", "check"}));
    }

    @Test
    void parametersLinkAndExportSayOnAServerWhatTheySayOnAFile() throws Exception {
        String url = demoOnServer();
        String file = LedgerFiles.demo(dir).toString();
        List<List<String>> commands = List.of(
                List.of("parameters"),
                List.of("parameters", "--minimum-reimbursement", "75"),
                List.of("link", "C0002", "V0001"),
                List.of("unlink", "C0002"),
                List.of("export", "customers"),
                List.of("export", "transactions"));
        for (List<String> command : commands) {
            assertSame(file, url, command);
        }
    }

    /** The command on the file and on the server: the same exit, output and refusals, the ledger's name aside. */
    private static void assertSame(String file, String url, List<String> command) {
        List<String> onFile = new ArrayList<>(List.of("--ledger", file, "--locale", "en"));
        onFile.addAll(command);
        List<String> onServer = new ArrayList<>(List.of("--ledger", url, "--locale", "en"));
        onServer.addAll(command);
        Cli.Result fileResult = Cli.run(onFile.toArray(String[]::new));
        Cli.Result serverResult = Cli.run(onServer.toArray(String[]::new));
        assertEquals(0, serverResult.exit(), command + ": " + serverResult);
        assertEquals(fileResult.exit(), serverResult.exit(), command + ": " + serverResult);
        assertEquals(fileResult.out().replace(file, name(url)), serverResult.out(), command.toString());
        assertEquals(fileResult.err().replace(file, name(url)), serverResult.err(), command.toString());
    }
}
