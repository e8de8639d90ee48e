package dk.reimbursementdesk.testing;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started by the tests themselves: once per test JVM, in a
 * temporary folder, on a free port on 127.0.0.1, from the PostgreSQL installed on the machine
 * (Debian's {@code postgresql} package: {@code /usr/lib/postgresql/<version>/bin}, or the folder in
 * {@code DESK_PG_BIN}). Embedded PostgreSQL (zonky) was tried first and refuses to run as root, which
 * is how CI runs. The server runs without fsync (a test's data need not survive a power cut) and is
 * stopped when the JVM ends.
 *
 * <p>Every test gets its own database, copied from a template that holds the migrated, empty
 * schema ({@code CREATE DATABASE ... TEMPLATE}): a few tens of milliseconds instead of a Flyway run.
 * A machine without PostgreSQL fails these tests with the sentence of {@link #binaries()}: the
 * README's test command needs it, like a JDK.
 */
public final class PostgresServer {

    private static final String USER = "desk";
    private static final String TEMPLATE = "ledger_template";
    /** The user that needs a password ({@link #emptyDatabaseWithPassword}). */
    public static final String PASSWORD_USER = "desk_secret";
    private static PostgresServer running;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();
    private final java.util.Set<String> madeTemplates = new java.util.HashSet<>();
    private boolean passwordUserMade;

    private PostgresServer(Path folder, Path bin, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "postgres-stop"));
        }
        return running;
    }

    /** A new empty database (no schema): for {@code init} and the refusals of an empty database. */
    public ServerAddress emptyDatabase() {
        String name = "empty_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return address(name);
    }

    /**
     * A new empty database owned by {@value #PASSWORD_USER}, the one user the server asks a password
     * of (every other is trusted): for the refusal of a wrong password and the window's password
     * prompt. The URL names the user and no password; the password is {@code password}.
     */
    public synchronized String emptyDatabaseWithPassword(String password) {
        if (!passwordUserMade) {
            admin("CREATE ROLE " + PASSWORD_USER + " LOGIN");
            passwordUserMade = true;
        }
        admin("ALTER ROLE " + PASSWORD_USER + " PASSWORD '" + password.replace("'", "''") + "'");
        String name = "secret_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER " + PASSWORD_USER);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + PASSWORD_USER;
    }

    /** pg_hba.conf's first line: {@code user} logs in over TCP with a password (SCRAM), not trusted like the rest. */
    private void requirePasswordOf(String user) throws IOException {
        Path hba = folder.resolve("data").resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        Files.writeString(hba, "host all " + user + " 127.0.0.1/32 scram-sha-256\n" + rules, StandardCharsets.UTF_8);
    }

    /** A new database holding the migrated schema and no company: {@link Ledger#open(ServerAddress)} opens it. */
    public ServerAddress migratedDatabase() {
        return databaseFrom(TestLedgers.Template.SCHEMA);
    }

    /**
     * A new database copied from {@code template}'s template database, which is made (migrated and
     * filled) on first use and never opened again, as {@code CREATE DATABASE ... TEMPLATE} requires.
     */
    public synchronized ServerAddress databaseFrom(TestLedgers.Template template) {
        String source = TEMPLATE + "_" + template.key();
        if (madeTemplates.add(source)) {
            admin("CREATE DATABASE " + source);
            try (Ledger ledger = Ledger.create(address(source))) {
                template.fill(ledger);
            }
        }
        String name = "ledger_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + source);
        return address(name);
    }

    /** The address of database {@code name} as a user gives it: the user in the URL, no password (trust). */
    public ServerAddress address(String name) {
        return ServerAddress.parse(url(name));
    }

    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    /** Runs SQL as the server's superuser in the maintenance database (create a database, a user). */
    public void admin(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The folder with PostgreSQL's programs (initdb, pg_ctl, psql). */
    public static Path binaries() {
        String given = System.getenv("DESK_PG_BIN");
        if (given != null && Files.isExecutable(Path.of(given, "initdb"))) {
            return Path.of(given);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())))
                        .orElseThrow(PostgresServer::missing);
            } catch (IOException e) {
                throw missing();
            }
        }
        throw missing();
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl): install "
                + "Debian's postgresql package (apt-get install -y postgresql) or set DESK_PG_BIN to the folder that holds them.");
    }

    private static PostgresServer start() {
        return start(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
    }

    /**
     * A server of its own with PostgreSQL's durable defaults (fsync, synchronous commit) and the
     * memory a small company's server would be given (shared_buffers 256 MB, like the SQLite
     * ledger's page cache): for the benchmarks, never the tests. Stopped when the JVM ends.
     */
    public static PostgresServer startDurable() {
        PostgresServer server = start(" -c shared_buffers=256MB -c work_mem=64MB -c maintenance_work_mem=256MB -c max_wal_size=4GB");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
        return server;
    }

    /** The folder with PostgreSQL's programs this server runs (psql for the benchmarks' yardsticks). */
    public Path bin() {
        return bin;
    }

    private static PostgresServer start(String settings) {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("desk-pg-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            PostgresServer server = new PostgresServer(folder, bin, port, root);
            if (root) {
                // initdb refuses root: the server runs as the postgres user the package made.
                run(List.of("chown", "postgres", folder.toString()), folder);
            }
            server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
                    "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            server.requirePasswordOf(PASSWORD_USER);
            server.asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1" + settings, "start"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Starting the test PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"));
        } catch (RuntimeException ignored) {
            // the JVM ends anyway; the folder below is removed either way
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    private void asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, folder);
    }

    private static void run(List<String> command, Path folder) {
        try {
            Path output = folder.resolve("command.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                String log = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }
}
