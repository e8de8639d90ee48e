package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a screen that is not built yet, and says so plainly in the user's language. */
public final class NotBuiltScreen implements Screen {

    private final VBox root;

    public NotBuiltScreen(NavItem item) {
        Texts texts = Texts.of("i18n.shell");
        Label title = new Label(texts.get(item.key()));
        title.getStyleClass().add("screen-title");
        Label sentence = new Label(texts.format("notBuilt.sentence", texts.get(item.key())));
        sentence.setId("notBuiltSentence");
        sentence.setWrapText(true);
        root = new VBox(12, title, sentence);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("screen");
    }

    @Override
    public Parent root() {
        return root;
    }
}
