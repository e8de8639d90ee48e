package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import java.util.ResourceBundle;
import javafx.scene.Parent;

/** File > Import as a screen of the main window: {@code ImportScreen.FACTORY} plugs it into the navigation. */
public final class ImportScreen implements Screen {

    public static final ScreenFactory FACTORY = ImportScreen::new;

    private final ImportView view;

    public ImportScreen(ScreenContext context) {
        ResourceBundle text = ImportView.bundle();
        this.view = new ImportView(new ImportViewModel(context.services().imports(), text, context.tasks()), text, context.dialogs());
    }

    @Override
    public Parent root() {
        return view.root();
    }
}
