package dk.reimbursementdesk.app;

import dk.reimbursementdesk.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the ledger opens: the program's name and "Opening ledger…". */
final class OpeningWindow {

    private OpeningWindow() {
    }

    static Scene scene() {
        Texts texts = Texts.of("i18n.shell");
        Label name = new Label(texts.get("startup.title"));
        name.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        Label opening = new Label(texts.get("startup.opening"));
        opening.setId("openingLedger");
        VBox box = new VBox(14, name, progress, opening);
        box.setAlignment(Pos.CENTER);
        return new Scene(box);
    }
}
