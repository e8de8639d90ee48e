package dk.reimbursementdesk.service.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes a report file whole or not at all: into a sibling temporary file first, moved over the
 * target only when the report is complete, so a refused report, a full disk or a cancel never
 * leaves half a PDF (or destroys the earlier one) under the name the clerk chose.
 */
final class ReportFile {

    private ReportFile() {
    }

    static void write(Path file, Consumer<OutputStream> writer) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw ReportText.refusal("report.folderMissing", String.valueOf(folder));
        }
        Path part = null;
        try {
            part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                writer.accept(out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw ReportText.refusal("report.notWritten", target, e.getMessage());
        } catch (RuntimeException e) {
            // OpenPDF wraps a failed write (a full disk) in its own unchecked exception.
            if (e.getCause() instanceof IOException io) {
                throw ReportText.refusal("report.notWritten", target, io.getMessage());
            }
            throw e;
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // Only a leftover temporary file; the report itself was refused or moved already.
                }
            }
        }
    }
}
