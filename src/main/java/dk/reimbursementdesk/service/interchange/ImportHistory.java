package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.ImportRecordStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The imports written so far: each one is recorded with the SHA-256 of its file's bytes and its
 * time, in the import's own transaction, and a file with the same content is refused unless the
 * caller asks to import it again. The content decides, not the name: a renamed copy is the same
 * file, and an edited file under the old name is a new one.
 */
final class ImportHistory {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ImportHistory() {
    }

    /** The SHA-256 of the file's bytes in hex, read in one pass outside any transaction. */
    static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw InterchangeText.refusal("import.file.unreadable", file, String.valueOf(e.getMessage()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Refuses content imported before, naming when, unless {@code again}. */
    static void refuseIfImported(UnitOfWork work, String sha256, String fileName, boolean again) {
        if (again) {
            return;
        }
        new ImportRecordStore(work).latest(sha256, row -> new AlreadyImportedException(fileName, row.text("imported_at"),
                row.integer("row_count"))).ifPresent(refusal -> {
                    throw refusal;
                });
    }

    /** Records the import and returns its id. */
    static long record(UnitOfWork work, String fileName, String sha256, ImportResult result) {
        return new ImportRecordStore(work).add(result.kind().name(), fileName, sha256, LocalDateTime.now().format(SECONDS),
                result.rows(), result.voucherNumber());
    }
}
