package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.PostingUnits;
import picocli.CommandLine.Command;

/**
 * Lists the reimbursement runs, payment batches and imports, newest first, one tab-separated line
 * each: kind, id, created, count, summary. A command killed after its commit but before it printed
 * leaves its unit here, so nobody retries blindly. No units, no lines.
 */
@Command(name = "runs")
public final class RunsCommand extends LedgerCommand {

    @Override
    protected int run(Services services) {
        for (PostingUnits.Unit unit : services.postingUnits().newestFirst()) {
            out().println(TabSeparated.line(unit.kind(), unit.id(), unit.created(), unit.count(), unit.summary()));
        }
        return 0;
    }
}
