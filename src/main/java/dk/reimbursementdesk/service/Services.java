package dk.reimbursementdesk.service;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.interchange.ExportService;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.service.interchange.ParameterListService;
import dk.reimbursementdesk.service.interchange.VendorLinkService;
import dk.reimbursementdesk.service.posting.PostingService;
import java.nio.file.Path;

/**
 * The use cases of one open ledger, as the window and the command line see them. Built by app;
 * screens and commands get it and never touch the ledger's persistence directly. Each feature adds
 * its service here.
 */
public final class Services {

    private final Ledger ledger;

    public Services(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The ledger file, for the status bar and messages. */
    public Path ledgerFile() {
        return ledger.file();
    }

    public PostingService posting() {
        return new PostingService(ledger);
    }

    public LedgerCheckService ledgerCheck() {
        return new LedgerCheckService(ledger);
    }

    public ImportService imports() {
        return new ImportService(ledger);
    }

    public ExportService exports() {
        return new ExportService(ledger);
    }

    /** The parameters as stable name/value lines, and the company bank account (for scripts). */
    public ParameterListService parameterList() {
        return new ParameterListService(ledger);
    }

    public VendorLinkService vendorLinks() {
        return new VendorLinkService(ledger);
    }
}
