package dk.reimbursementdesk.service;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.posting.PostingService;
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

    public ReimbursementService reimbursement() {
        return new ReimbursementService(ledger);
    }

    public ReimbursementListService reimbursementList() {
        return new ReimbursementListService(ledger);
    }
}
