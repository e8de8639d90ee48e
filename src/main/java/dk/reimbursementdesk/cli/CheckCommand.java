package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import picocli.CommandLine.Command;

/** Runs the ledger check: each finding on a line of standard output; exit 1 when there is any. */
@Command(name = "check")
public final class CheckCommand extends LedgerCommand {

    /** The check only reads (issue 18): it never upgrades an older ledger nor writes a byte. */
    @Override
    protected boolean readsOnly() {
        return true;
    }

    @Override
    protected int run(Services services) {
        LedgerCheckService.Report report = services.ledgerCheck().check();
        if (report.allWell()) {
            out().println(report.allWellSentence());
            return 0;
        }
        report.findings().forEach(out()::println);
        return 1;
    }
}
