package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import java.util.ResourceBundle;
import javafx.scene.Parent;

/** File > Export as a screen of the main window: {@code ExportScreen.FACTORY} plugs it into the navigation. */
public final class ExportScreen implements Screen {

    public static final ScreenFactory FACTORY = ExportScreen::new;

    private final ExportView view;

    public ExportScreen(ScreenContext context) {
        ResourceBundle text = ImportView.bundle();
        this.view = new ExportView(new ExportViewModel(context.services().exports(), text, context.tasks()), text, context.dialogs());
    }

    @Override
    public Parent root() {
        return view.root();
    }
}
