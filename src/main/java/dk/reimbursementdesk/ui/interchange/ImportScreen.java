package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Fxml;
import java.util.Locale;
import java.util.ResourceBundle;

/** File > Import as a screen of the main window: kind, file, Check and Import, and the file's problems. */
public final class ImportScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        ResourceBundle text = bundle();
        return screen(new ImportViewModel(context.services().imports(), text, context.tasks()), text, context.dialogs());
    }

    /** The screen over a given view model, bundle and dialogs: what tests drive in a chosen language. */
    static Screen screen(ImportViewModel model, ResourceBundle text, DialogService dialogs) {
        return Screen.of(Fxml.load(ImportScreen.class, "Import.fxml", text, new ImportView(model, text, dialogs)), () -> { });
    }

    /** The interchange bundle in the current language, for the Import and Export screens and their models. */
    static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.interchange", Locale.getDefault());
    }
}
