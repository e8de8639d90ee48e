package dk.reimbursementdesk.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder beside a ledger that holds its backups: {@code <name>.backups/} for the ledger
 * {@code <name>.db}, each backup named {@code <name>-YYYYMMDD-HHMMSS-<reason>.db}. Two backups of
 * one reason within one second (a script running commands back to back) get {@code -2}, {@code -3}
 * after the reason rather than one replacing the other. The folder is found from the ledger's real
 * path, so every name of the file shares one folder.
 *
 * <p>Kept: the {@value #NEWEST_KEPT} newest, and the newest of each of the last {@value #DAYS_KEPT}
 * days; older ones are deleted after each new backup. Files in the folder not named like a backup
 * are never touched.
 */
public final class BackupFolder {

    static final int NEWEST_KEPT = 20;
    static final int DAYS_KEPT = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final String ledgerName;
    private final Pattern names;

    private BackupFolder(Path folder, String ledgerName) {
        this.folder = folder;
        this.ledgerName = ledgerName;
        this.names = Pattern.compile(Pattern.quote(ledgerName) + "-(\\d{8}-\\d{6})-([a-z]+)(?:-(\\d+))?\\.db");
    }

    /** The backup folder of the ledger file (symbolic links resolved when the file exists). */
    public static BackupFolder of(Path ledgerFile) {
        Path real = ledgerFile.toAbsolutePath().normalize();
        try {
            real = real.toRealPath();
        } catch (IOException notThereYet) {
            // a ledger being made: its own name is its real one
        }
        String file = real.getFileName().toString();
        String name = file.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? file.substring(0, file.length() - 3) : file;
        return new BackupFolder(real.resolveSibling(name + ".backups"), name);
    }

    public Path folder() {
        return folder;
    }

    /** Every backup in the folder, newest first; empty when there is no folder. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Parsed> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(path -> parse(path).ifPresent(found::add));
        } catch (IOException e) {
            return List.of();
        }
        // Within one second (a run and the close after it) the file written last is the newer.
        found.sort(Comparator.comparing(Parsed::created).thenComparing(Parsed::written).thenComparing(Parsed::sequence).reversed());
        return found.stream().map(Parsed::file).toList();
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    private Optional<Parsed> parse(Path path) {
        Matcher matcher = names.matcher(path.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofLabel(matcher.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime created = LocalDateTime.parse(matcher.group(1), STAMP);
            int sequence = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
            return Optional.of(new Parsed(new BackupFile(path, created, reason.get(), Files.size(path)), created,
                    Files.getLastModifiedTime(path), sequence));
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    private record Parsed(BackupFile file, LocalDateTime created, java.nio.file.attribute.FileTime written, int sequence) {
    }

    /** Writes a backup of the database behind {@code source} taken at {@code now}, then prunes. */
    public BackupFile write(javax.sql.DataSource source, BackupReason reason, LocalDateTime now) {
        Path target = nameFor(reason, now);
        OnlineBackup.copy(source, target);
        prune(now.toLocalDate());
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            bytes = -1;
        }
        return new BackupFile(target, now.withNano(0), reason, bytes);
    }

    /** The name for a new backup taken at {@code now}, not yet used in the folder. */
    Path nameFor(BackupReason reason, LocalDateTime now) {
        String base = ledgerName + "-" + now.format(STAMP) + "-" + reason.label();
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /** Deletes what the retention rule does not keep; returns the deleted files. */
    List<Path> prune(LocalDate today) {
        List<BackupFile> all = list();
        Set<Path> keep = new HashSet<>();
        all.stream().limit(NEWEST_KEPT).forEach(b -> keep.add(b.path()));
        Set<LocalDate> days = new HashSet<>();
        for (BackupFile backup : all) {
            LocalDate day = backup.created().toLocalDate();
            // newest first, so the first of each day is its newest
            if (!day.isBefore(today.minusDays(DAYS_KEPT - 1L)) && days.add(day)) {
                keep.add(backup.path());
            }
        }
        List<Path> deleted = new ArrayList<>();
        for (BackupFile backup : all) {
            if (!keep.contains(backup.path())) {
                try {
                    Files.deleteIfExists(backup.path());
                    deleted.add(backup.path());
                } catch (IOException ignored) {
                    // left for the next backup's pruning; a kept file too many is no loss
                }
            }
        }
        return deleted;
    }
}
