package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.SavedSelection;
import picocli.CommandLine.Command;

/** {@code selections}: the saved selections by name, one a line: {@code name}, {@code criteria}, tab-separated. */
@Command(name = "selections")
public final class SelectionsCommand extends LedgerCommand {

    @Override
    protected boolean readsOnly() {
        return true;
    }

    @Override
    protected int run(Services services) {
        for (SavedSelection saved : services.savedSelections().all()) {
            out().println(TabSeparated.line(saved.name(), saved.criteria()));
        }
        return 0;
    }
}
