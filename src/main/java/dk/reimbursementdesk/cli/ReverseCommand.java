package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.ReversalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Reverses an open (unpaid) reimbursement on its own posting date and names the reversal voucher. */
@Command(name = "reverse",
        description = {"Reverse an open (unpaid) reimbursement, dated on its own posting date: the vendor invoice is closed "
                + "and the customer's credit items are open again.",
                "A paid, already reversed or unknown reimbursement is refused (exit 1)."})
public final class ReverseCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "REIMBURSEMENT_ID", description = "The reimbursement's number, e.g. RB-000001.")
    String number;

    @Override
    protected int run(Services services) {
        ReversalResult result = services.reimbursement().reverse(number, null);
        out().println(text("cli.reverse.done", result.reimbursementNumber(), result.reversalVoucher()));
        return 0;
    }
}
