package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first start, all or nothing: the default ledger (schema and demo company) is built in a file
 * beside it, {@code ledger.db.new-<pid>}, and moved into place with one atomic rename only when it is
 * whole and closed. A start killed, powered off or closed half-way leaves at most that side file,
 * never a default ledger without a company; the next start removes the side files of processes that
 * are gone and builds again.
 */
final class FirstStart {

    private static final String BUILDING = ".new-";

    private FirstStart() {
    }

    /** Builds the default ledger {@code target} with demo data and opens it. */
    static Ledger buildDefault(Path target) {
        removeLeftovers(target);
        Path building = target.resolveSibling(target.getFileName() + BUILDING + ProcessHandle.current().pid());
        deleteWithSidecars(building);
        try (Ledger ledger = Ledger.create(building)) {
            new DemoLedgerService(ledger).populate();
        } catch (RuntimeException e) {
            deleteWithSidecars(building);
            throw e;
        }
        // Closed cleanly, the WAL is checkpointed into the file and removed: the file alone is the ledger.
        if (nonEmpty(sidecar(building, "-wal"))) {
            deleteWithSidecars(building);
            throw new IllegalStateException("The new ledger " + building + " kept a write-ahead log after closing");
        }
        deleteWithSidecars(building, "-shm", ".lock", ".backups");
        try {
            if (Files.exists(target)) {
                // Another start made it meanwhile: that one is whole too, keep it.
                deleteWithSidecars(building);
            } else {
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(target.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            deleteWithSidecars(building);
            throw new UncheckedIOException(e);
        }
        return Ledger.open(target);
    }

    /** Side files of first starts whose process is gone (killed or powered off half-way). */
    static void removeLeftovers(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = target.getFileName() + BUILDING;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path file : files) {
                String rest = file.getFileName().toString().substring(prefix.length());
                String pid = rest.replaceAll("[^0-9].*$", "");
                boolean alive = !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)
                        && Long.parseLong(pid) != ProcessHandle.current().pid();
                if (!alive) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // A leftover that cannot be removed does no harm: it is never taken for the ledger.
        }
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void deleteWithSidecars(Path file) {
        deleteQuietly(file);
        deleteWithSidecars(file, "-wal", "-shm", ".lock", ".backups");
    }

    private static void deleteWithSidecars(Path file, String... suffixes) {
        for (String suffix : suffixes) {
            deleteQuietly(sidecar(file, suffix));
        }
    }

    // A folder too: the ledger keeps its backups in <name>.backups beside it (persistence.backup).
    private static void deleteQuietly(Path file) {
        try {
            if (Files.isDirectory(file)) {
                try (Stream<Path> inside = Files.walk(file)) {
                    for (Path each : inside.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(each);
                    }
                }
                return;
            }
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // never the ledger: a side file left behind is removed by the next start
        }
    }

    // The rename is durable only once the folder's entry is on disk; not every system lets a folder be synced.
    private static void syncFolder(Path folder) {
        Optional.ofNullable(folder).ifPresent(f -> {
            try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | RuntimeException ignored) {
                // best effort
            }
        });
    }
}
