package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.VendorLinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Sets a customer's vendor account: the vendor that reimbursements of this customer go to. */
@Command(name = "link")
public final class LinkCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "CUSTOMER", descriptionKey = "link.customer")
    String customer;

    @Parameters(index = "1", paramLabel = "VENDOR", descriptionKey = "link.vendor")
    String vendor;

    @Override
    protected int run(Services services) {
        VendorLinkService.Link link = services.vendorLinks().link(customer, vendor);
        out().println(text("cli.link.done", link.customerAccount(), link.vendorAccount()));
        return 0;
    }
}
