package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Manage… in the query builder: the saved selections, name and criteria in words, with Rename… (the
 * new name asked under the same rules as Save as…) and Delete… (asked first). Its own questions go
 * through a {@link DialogService} owned by this dialog's window, so they come up in front of it.
 */
final class SavedSelectionsDialog extends Dialog<Void> {

    private final SavedSelectionsViewModel model;
    private final TableView<SavedSelection> table = new TableView<>();

    SavedSelectionsDialog(SavedSelectionsViewModel model) {
        this.model = model;
        setTitle(ReimbursementTexts.text("query.manage.title"));
        setHeaderText(ReimbursementTexts.text("query.manage.header"));
        table.setId("savedSelections");
        table.setItems(model.selections());
        table.setPrefSize(560, 260);
        table.setPlaceholder(new Label(ReimbursementTexts.text("query.manage.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SavedSelection, String> name = new TableColumn<>(ReimbursementTexts.text("query.manage.column.name"));
        TableColumn<SavedSelection, String> criteria = new TableColumn<>(ReimbursementTexts.text("query.manage.column.criteria"));
        name.setPrefWidth(180);
        criteria.setPrefWidth(360);
        Columns.text(name, SavedSelection::name);
        Columns.text(criteria, model::describe);
        table.getColumns().setAll(name, criteria);

        Button rename = new Button(ReimbursementTexts.text("query.manage.rename"));
        rename.setId("renameSelection");
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        rename.setOnAction(event -> rename());
        Button delete = new Button(ReimbursementTexts.text("query.manage.delete"));
        delete.setId("deleteSelection");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> delete());
        Label message = new Label();
        message.setId("manageMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(model.messageProperty());

        getDialogPane().setContent(new VBox(8, table, new HBox(8, rename, delete), message));
        getDialogPane().getStylesheets().add(SavedSelectionsDialog.class.getResource("reimbursement.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(new ButtonType(ReimbursementTexts.text("query.manage.close"), ButtonType.CLOSE.getButtonData()));
        setResultConverter(button -> null);
    }

    private DialogService dialogs() {
        return new FxDialogService(getDialogPane().getScene().getWindow());
    }

    private void rename() {
        SavedSelection chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        OneLineDialog ask = new OneLineDialog(ReimbursementTexts.text("query.manage.rename.title"),
                ReimbursementTexts.text("query.manage.rename.header", chosen.name()), ReimbursementTexts.text("query.saveAs.name"),
                "selectionName", chosen.name(), typed -> model.renameCheck(chosen, typed));
        dialogs().showCustomDialog(ask).ifPresent(newName -> model.rename(chosen, newName));
    }

    private void delete() {
        SavedSelection chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null && dialogs().confirm(ReimbursementTexts.text("query.manage.delete.title"),
                ReimbursementTexts.text("query.manage.delete.header", chosen.name()), model.describe(chosen),
                ReimbursementTexts.text("query.manage.delete.yes"), ReimbursementTexts.text("query.manage.delete.no"))) {
            model.delete(chosen);
        }
    }
}
