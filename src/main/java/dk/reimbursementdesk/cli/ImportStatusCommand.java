package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.StatusImport;
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
        out().println(BankStatusText.summary(Locale.getDefault(), result));
        return 0;
    }
}
