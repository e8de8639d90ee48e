package dk.reimbursementdesk.ui.audit;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;

/** Tools &gt; Audit log: the open ledger's audit log, a page at a time, and Verify. Opens on its first page. */
public final class AuditLogScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        AuditLogViewModel viewModel = new AuditLogViewModel(context.services().audit(), context.tasks());
        AuditLogView view = new AuditLogView(viewModel);
        Screen screen = Screen.of(Fxml.load(AuditLogScreen.class, "AuditLog.fxml", Texts.of(AuditLogViewModel.BUNDLE).bundle(), view),
                viewModel::close).filter(view.filterField()).refreshing(viewModel::refresh);
        viewModel.firstPage();
        return screen;
    }
}
