package dk.reimbursementdesk.service;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.interchange.ExportService;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.service.interchange.ParameterListService;
import dk.reimbursementdesk.service.interchange.VendorLinkService;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
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

    public ParametersService parameters() {
        return new ParametersService(ledger);
    }

    public CustomerService customers() {
        return new CustomerService(ledger);
    }

    public VendorService vendors() {
        return new VendorService(ledger);
    }

    public ExchangeRateService exchangeRates() {
        return new ExchangeRateService(ledger);
    }

    public CustomerTransactionEntryService customerTransactions() {
        return new CustomerTransactionEntryService(ledger, posting());
    }

    /** Vendor payments: open vendor invoices, posting payment batches, the bank's pain.001 file. */
    public PaymentService payments() {
        return new PaymentService(ledger);
    }

    /** Read-only general-ledger views: vouchers, their lines, the trial balance, the company. */
    public GeneralLedgerQueries generalLedger() {
        return new GeneralLedgerQueries(ledger);
    }

    /** The Reimbursement process: preview, run, reversal. */
    public ReimbursementService reimbursement() {
        return new ReimbursementService(ledger);
    }

    /** The Reimbursement list: filtered, sorted pages and CSV export. */
    public ReimbursementListService reimbursementList() {
        return new ReimbursementListService(ledger);
    }

    /** CSV import of customers, vendors, open transactions and rates: all rows or none. */
    public ImportService imports() {
        return new ImportService(ledger);
    }

    /** CSV export in the column order the command line documents. */
    public ExportService exports() {
        return new ExportService(ledger);
    }

    /** The parameters as stable name/value lines, and the company bank account (for scripts). */
    public ParameterListService parameterList() {
        return new ParameterListService(ledger);
    }

    /** Setting and clearing a customer's vendor account by account numbers. */
    public VendorLinkService vendorLinks() {
        return new VendorLinkService(ledger);
    }
}
