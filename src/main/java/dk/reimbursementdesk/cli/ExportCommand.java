package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.ExportKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Writes CSV to a file or standard output. Each kind is an entry in {@link #KINDS}; a feature adds its
 * own (reimbursements) with one line there.
 */
@Command(name = "export")
public final class ExportCommand extends LedgerCommand {

    /** The kinds, in the order the help lists them. */
    static final Map<String, CsvExport> KINDS = new LinkedHashMap<>();

    static {
        for (ExportKind kind : ExportKind.values()) {
            KINDS.put(kind.key(), (services, out) -> services.exports().export(kind, out));
        }
        KINDS.put("reimbursements", new ReimbursementsExport());
    }

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "export.kind")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", descriptionKey = "export.file")
    Path file;

    @Override
    protected int run(Services services) throws IOException {
        String key = kind.strip().toLowerCase(java.util.Locale.ROOT);
        CsvExport export = KINDS.get(key);
        if (export == null) {
            throw usageError("cli.export.unknownKind", kind, String.join(", ", KINDS.keySet()));
        }
        if (file == null) {
            Writer writer = new BufferedWriter(out(), 1 << 16);
            export.write(services, writer);
            writer.flush();
            return 0;
        }
        writeFile(services, export, file.toAbsolutePath());
        out().println(text("cli.export.written", key, file));
        return 0;
    }

    /** Writes next to the target and moves it into place, so a failed export leaves no half file. */
    private static void writeFile(Services services, CsvExport export, Path target) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                export.write(services, writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw CliText.refusal("cli.export.cannotWrite", target, String.valueOf(cause.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Only a leftover hidden .part file; the export itself already succeeded or was refused.
                }
            }
        }
    }
}
