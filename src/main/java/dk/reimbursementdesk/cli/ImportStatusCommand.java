package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.service.payment.status.StatusImport.Effect;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import-status FILE}: reads the bank's payment status report (pain.002) and applies it.
 * One line per matched transaction, {@code end_to_end_id<TAB>status<TAB>reason}, then a summary;
 * exit 0, or 1 with nothing written (the refusal on standard error).
 */
@Command(name = "import-status")
public final class ImportStatusCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-status.file")
    Path file;

    @Override
    protected int run(Services services) {
        StatusImport result = services.bankStatus().importFile(file);
        for (StatusImport.Line line : result.lines()) {
            out().println(line.endToEndId() + "\t" + line.status() + "\t" + line.reason());
        }
        Locale locale = Locale.getDefault();
        if (result.alreadyImported()) {
            out().println(BankStatusText.text(locale, "summary.again", result.messageId(), result.importedAt()));
        } else {
            out().println(BankStatusText.text(locale, "summary.done", result.messageId(), result.messageName(),
                    result.originalMessageId(), result.count(Effect.REJECTED), result.count(Effect.CONFIRMED),
                    result.count(Effect.PENDING), result.count(Effect.UNCHANGED)));
        }
        return 0;
    }
}
