package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migrations' folders (issue 15): {@code common} for SQL both engines run, {@code sqlite} and
 * {@code postgresql} for the rest. Flyway reads a location with its subfolders, so a script left in
 * {@code db/migration} itself would run on neither engine or twice; a migration after V23 made for
 * one engine only would leave the other's schema behind at the same version.
 */
class MigrationLayoutTest {

    private static final Path ROOT = Path.of("src/main/resources/db/migration");

    @Test
    void noScriptLiesOutsideTheEngineFolders() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            Set<String> loose = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.of(), loose, "put a migration into db/migration/common, sqlite or postgresql (see its README)");
        }
    }

    @Test
    void everyMigrationAfterTheBaselineIsThereForBothEngines() throws IOException {
        Set<String> sqlite = versionsAfter23("sqlite");
        Set<String> postgresql = versionsAfter23("postgresql");
        assertEquals(sqlite, postgresql, "a migration of one engine only: add its counterpart, or move it to common");
        assertEquals(LedgerSchema.NewestMigration.of(Engine.SQLITE), LedgerSchema.NewestMigration.of(Engine.POSTGRESQL));
    }

    private static Set<String> versionsAfter23(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .filter(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))) > 23)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
