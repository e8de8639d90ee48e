package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hold CUSTOMER --reason TEXT}: puts a customer on hold for reimbursement; runs skip it until {@code release}. */
@Command(name = "hold")
public final class HoldCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "CUSTOMER", descriptionKey = "hold.customer")
    String customer;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "hold.reason")
    String reason;

    @Override
    protected int run(Services services) {
        HoldService.Hold hold = services.holds().hold(customer, reason);
        out().println(text("cli.hold.done", hold.customerAccount(), hold.reason()));
        return 0;
    }
}
