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
        String newest = NewestMigration.VERSION;
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
                throw LedgerFileInspector.refusal(UserException.DEFAULT_BUNDLE, "ledger.notALedger", file, notAVersion, file, 1);
            }
            if (highest == null || version.compareTo(highest) > 0) {
                highest = version;
            }
        }
        if (highest != null && highest.compareTo(ours) > 0) {
            throw LedgerFileInspector.refusal(SqlFailures.BUNDLE, "ledger.newerSchema", file, null, file);
        }
        return highest != null && highest.compareTo(ours) == 0 ? LedgerFileInspector.Schema.CURRENT : LedgerFileInspector.Schema.OLDER;
    }

    static void migrate(Path file, DataSource dataSource) {
        String newest = NewestMigration.VERSION;
        if (newest != null && schemaHistoryEndsWith(dataSource, newest)) {
            TIMING.debug("open: schema at V{}, nothing for Flyway to do", newest);
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
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
     * The newest of the migrations this build carries ({@code db/migration/V<n>__<name>.sql}), read
     * from the class path once; null when that cannot be told, or when any migration is named
     * otherwise (a repeatable one, a dotted version): then Flyway always decides.
     */
    private static final class NewestMigration {

        static final String VERSION = read();

        private static String read() {
            URL folder = Ledger.class.getResource("/db/migration");
            if (folder == null) {
                return null;
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
            Pattern versioned = Pattern.compile("V(\\d+)__[^/]+\\.sql");
            long newest = -1;
            for (String name : names) {
                Matcher matcher = versioned.matcher(name);
                if (!matcher.matches()) {
                    return null;
                }
                newest = Math.max(newest, Long.parseLong(matcher.group(1)));
            }
            return newest < 0 ? null : String.valueOf(newest);
        }
    }
}
