package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.AlreadyImportedException;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a CSV file: all rows or none; a refusal lists every problem with its line and column. A file
 * whose content was imported into the ledger before is refused, saying when, unless {@code --again}.
 */
@Command(name = "import")
public final class ImportCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "import.kind")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--again", descriptionKey = "import.again")
    boolean again;

    @Override
    protected int run(Services services) {
        ImportKind importKind = Arrays.stream(ImportKind.values())
                .filter(k -> k.key().equalsIgnoreCase(kind.strip()))
                .findFirst()
                .orElseThrow(() -> usageError("cli.import.unknownKind", kind,
                        Arrays.stream(ImportKind.values()).map(ImportKind::key).collect(Collectors.joining(", "))));
        ImportResult result;
        try {
            result = services.imports().importFile(importKind, file, again);
        } catch (AlreadyImportedException importedBefore) {
            throw CliText.refusal("cli.import.importedBefore", importedBefore.getMessage());
        }
        out().println(text("cli.import.done." + importKind.key(), result.rows(), file));
        if (result.voucherNumber() != null) {
            out().println(text("cli.import.voucher", result.voucherNumber(), result.settlements()));
        }
        return 0;
    }
}
