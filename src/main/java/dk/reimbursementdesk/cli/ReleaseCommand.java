package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code release CUSTOMER}: removes a customer's hold; the next run reimburses it again. */
@Command(name = "release")
public final class ReleaseCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "CUSTOMER", descriptionKey = "release.customer")
    String customer;

    @Override
    protected int run(Services services) {
        HoldService.Hold released = services.holds().release(customer);
        out().println(text("cli.release.done", released.customerAccount(), released.reason()));
        return 0;
    }
}
