package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import java.util.Locale;
import java.util.ResourceBundle;

/** File > Import as a screen of the main window: kind, file, Check and Import, and the file's problems. */
public final class ImportScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        ResourceBundle text = bundle();
        return screen(new ImportViewModel(services.imports(), text), text);
    }

    /** The screen over a given view model and bundle: what tests drive in a chosen language. */
    static Screen screen(ImportViewModel model, ResourceBundle text) {
        return Screen.of(Fxml.load(ImportScreen.class, "Import.fxml", text, new ImportView(model, text)), () -> { });
    }

    /** The interchange bundle in the current language, for the Import and Export screens and their models. */
    static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.interchange", Locale.getDefault());
    }
}
