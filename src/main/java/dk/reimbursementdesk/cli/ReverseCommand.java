package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.ReversalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Reverses an open (unpaid) reimbursement, or a write-off (named by its number), on its own posting
 * date and names the reversal voucher.
 */
@Command(name = "reverse")
public final class ReverseCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "REIMBURSEMENT_ID", descriptionKey = "reverse.reimbursement_id")
    String number;

    @Override
    protected int run(Services services) {
        if (services.smallCredits().isWriteOff(number)) {
            var reversed = services.smallCredits().reverse(number, null);
            out().println(text("cli.reverse.writeOffDone", reversed.writeOffNumber(), reversed.reversalVoucher()));
            return 0;
        }
        ReversalResult result = services.reimbursement().reverse(number, null);
        out().println(text("cli.reverse.done", result.reimbursementNumber(), result.reversalVoucher()));
        return 0;
    }
}
