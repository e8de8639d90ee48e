package dk.reimbursementdesk.ui;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.TaskExecutor;

/** What a screen is built with: the open ledger's services, where its background work runs, and how it asks the user. */
public record ScreenContext(Services services, TaskExecutor tasks, DialogService dialogs) {

    /** Printing the open ledger's reports through this screen's executor and dialogs. */
    public ReportPrinter printer() {
        return new ReportPrinter(services.reports(), tasks, dialogs);
    }
}
