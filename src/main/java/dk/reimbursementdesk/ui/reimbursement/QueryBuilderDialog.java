package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.Selection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the query builder (the Select button's window) modal to its owner and waits for the answer. */
public final class QueryBuilderDialog {

    private QueryBuilderDialog() {
    }

    /** The selection the user accepted, or empty when cancelled; the current one fills the rows. */
    public static Optional<Selection> show(Window owner, Selection current) {
        QueryBuilderView view = new QueryBuilderView(new QueryBuilderViewModel(current));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ReimbursementTexts.text("query.title"));
        stage.setScene(new Scene(load(view)));
        stage.showAndWait();
        return view.result();
    }

    static Parent load(QueryBuilderView view) {
        FXMLLoader loader = new FXMLLoader(QueryBuilderDialog.class.getResource("QueryBuilder.fxml"),
                ReimbursementTexts.bundle());
        loader.setControllerFactory(type -> view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
