package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.ui.common.FxDialogService;
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
        return show(owner, current, null);
    }

    /**
     * As {@link #show(Window, Selection)}, with Save as… and Manage… over {@code saved} (null: not
     * offered). Their questions are asked in front of the builder's own window.
     */
    public static Optional<Selection> show(Window owner, Selection current, SavedSelectionService saved) {
        Stage stage = new Stage();
        QueryBuilderView view = new QueryBuilderView(new QueryBuilderViewModel(current, saved), new FxDialogService(stage));
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
