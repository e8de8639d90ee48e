package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.VendorLinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Clears a customer's vendor account; the next reimbursement then uses a one-time vendor. */
@Command(name = "unlink")
public final class UnlinkCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "CUSTOMER", descriptionKey = "unlink.customer")
    String customer;

    @Override
    protected int run(Services services) {
        VendorLinkService.Link previous = services.vendorLinks().unlink(customer);
        out().println(text("cli.unlink.done", previous.customerAccount(), previous.vendorAccount()));
        return 0;
    }
}
