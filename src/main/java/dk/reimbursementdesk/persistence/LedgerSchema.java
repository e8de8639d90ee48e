package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a ledger's schema to this build's newest migration with Flyway, skipping Flyway when it is there already. */
final class LedgerSchema {

    private static final org.slf4j.Logger TIMING = Ledger.TIMING;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LedgerSchema.class);

    private LedgerSchema() {
    }

    /**
     * Where the ledger's applied migrations stand against this build's: a version above this build's
     * newest is refused (issue 18: Flyway only warns of a "future" migration and opens the file, and
     * this program would then write a schema it does not know). Nothing is written either way.
     */
    static LedgerFileInspector.Schema compare(Path file, List<String> appliedVersions) {
        return compare(file, appliedVersions, Engine.SQLITE, "ledger.newerSchema", SqlFailures.BUNDLE);
    }

    /** {@link #compare(Path, List)} for any engine: the refusal of a newer schema is {@code newerKey} in {@code bundle}. */
    static LedgerFileInspector.Schema compare(Object file, List<String> appliedVersions, Engine engine, String newerKey, String bundle) {
        String newest = NewestMigration.of(engine);
        if (newest == null) {
            return LedgerFileInspector.Schema.OLDER;
        }
        MigrationVersion ours = MigrationVersion.fromVersion(newest);
        MigrationVersion highest = null;
        for (String applied : appliedVersions) {
            MigrationVersion version;
            try {
                version = MigrationVersion.fromVersion(applied);
            } catch (RuntimeException notAVersion) {
                if (file instanceof Path path) {
                    throw LedgerFileInspector.refusal(UserException.DEFAULT_BUNDLE, "ledger.notALedger", path, notAVersion, path, 1);
                }
                throw UserException.in(ServerAddress.BUNDLE, "server.notALedger", file);
            }
            if (highest == null || version.compareTo(highest) > 0) {
                highest = version;
            }
        }
        if (highest != null && highest.compareTo(ours) > 0) {
            if (file instanceof Path path) {
                throw LedgerFileInspector.refusal(bundle, newerKey, path, null, path);
            }
            throw UserException.in(bundle, newerKey, file);
        }
        return highest != null && highest.compareTo(ours) == 0 ? LedgerFileInspector.Schema.CURRENT : LedgerFileInspector.Schema.OLDER;
    }

    /** For a read-only open on a server: an older schema is refused, as for a file ({@code ledger.olderForReading}). */
    static void requireCurrent(Object name, List<String> appliedVersions, Engine engine) {
        if (compare(name, appliedVersions, engine, "server.newerSchema", ServerAddress.BUNDLE) == LedgerFileInspector.Schema.OLDER) {
            throw UserException.in(SqlFailures.BUNDLE, "ledger.olderForReading", name);
        }
    }

    static void migrate(Path file, DataSource dataSource) {
        migrate(file, dataSource, Engine.SQLITE);
    }

    /** Migrates the ledger {@code file} (a path, or a server's name for the sentences) on {@code engine}'s migrations. */
    static void migrate(Object file, DataSource dataSource, Engine engine) {
        String newest = NewestMigration.of(engine);
        if (newest != null && schemaHistoryEndsWith(dataSource, newest)) {
            TIMING.debug("open: schema at V{}, nothing for Flyway to do", newest);
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(engine.migrationLocations())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            RuntimeException named = SqlFailures.translate(e, file);
            if (named != e) {
                throw named;
            }
            // Flyway's own text quotes SQL and its internals: the details go to the debug log only.
            LOG.debug("Migrating {} failed", file, e);
            throw new UserException(SqlFailures.BUNDLE, "ledger.migrationFailed", new Object[] {file}, e);
        }
    }

    /**
     * Whether the ledger's schema history ends with a successful {@code version}: then Flyway's
     * migrate would find nothing to apply, and starting Flyway (its plugins, the scan, the checksums)
     * costs most of a second on every open. One query; a file without a history (a new one) is not.
     */
    private static boolean schemaHistoryEndsWith(DataSource dataSource, String version) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() && version.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The newest of the migrations this build carries for an engine ({@code db/migration/common} and
     * {@code db/migration/<engine>}, {@code V<n>__<name>.sql}), read from the class path once; null
     * when that cannot be told, or when any migration is named otherwise (a repeatable one, a
     * dotted version): then Flyway always decides.
     */
    static final class NewestMigration {

        private static final String SQLITE = newest(Engine.SQLITE);
        private static final String POSTGRESQL = newest(Engine.POSTGRESQL);

        static String of(Engine engine) {
            return engine == Engine.SQLITE ? SQLITE : POSTGRESQL;
        }

        private static String newest(Engine engine) {
            List<String> common = read("common");
            List<String> own = read(engine.folder());
            if (common == null || own == null) {
                return null;
            }
            List<String> names = new ArrayList<>(common);
            names.addAll(own);
            Pattern versioned = Pattern.compile("V(\\d+)__[^/]+\\.sql");
            long newest = -1;
            for (String name : names) {
                if (!name.endsWith(".sql")) {
                    continue; // a folder's README
                }
                Matcher matcher = versioned.matcher(name);
                if (!matcher.matches()) {
                    return null;
                }
                newest = Math.max(newest, Long.parseLong(matcher.group(1)));
            }
            return newest < 0 ? null : String.valueOf(newest);
        }

        /** The file names in {@code db/migration/<folder>}; empty when the folder is not there; null when it cannot be read. */
        private static List<String> read(String folderName) {
            URL folder = Ledger.class.getResource("/db/migration/" + folderName);
            if (folder == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            try {
                if (folder.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if (folder.openConnection() instanceof JarURLConnection connection) {
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        String prefix = connection.getEntryName() + "/";
                        jar.stream().map(JarEntry::getName)
                                .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                                .forEach(name -> names.add(name.substring(prefix.length())));
                    }
                } else {
                    return null;
                }
            } catch (IOException | URISyntaxException e) {
                return null;
            }
            return names;
        }
    }
}
