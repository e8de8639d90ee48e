package dk.reimbursementdesk.ui.parameters;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.setup.SetupUi;

/** Accounts receivable parameters (Debitorparametre). */
public final class ParametersScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        ParametersViewModel model = new ParametersViewModel(services.parameters());
        return SetupUi.load(ParametersScreen.class.getResource("Parameters.fxml"), new ParametersView(model), () -> { });
    }
}
