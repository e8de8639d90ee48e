package dk.reimbursementdesk.ui.parameters;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;

/** Accounts receivable parameters (Debitorparametre). */
public final class ParametersScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        ParametersViewModel model = new ParametersViewModel(context.services().parameters(), context.tasks());
        ParametersView view = new ParametersView(model, context.dialogs());
        return Screen.editing(Fxml.load(ParametersScreen.class, "Parameters.fxml", Texts.of("i18n.setup").bundle(), view),
                view.changes(), () -> { });
    }
}
