package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Fxml;
import java.util.ResourceBundle;

/** File > Export as a screen of the main window: what to export, the file, and a status line. */
public final class ExportScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        ResourceBundle text = ImportScreen.bundle();
        return screen(new ExportViewModel(context.services().exports(), text, context.tasks()), text, context.dialogs());
    }

    /** The screen over a given view model, bundle and dialogs: what tests drive in a chosen language. */
    static Screen screen(ExportViewModel model, ResourceBundle text, DialogService dialogs) {
        return Screen.of(Fxml.load(ExportScreen.class, "Export.fxml", text, new ExportView(model, text, dialogs)), () -> { });
    }
}
