package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.QueryField;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.ui.common.DialogService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** The query builder window's controller: draws the rows of its view model and forwards the buttons. */
public final class QueryBuilderView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final QueryBuilderViewModel viewModel;
    private Selection result;

    @FXML
    private GridPane rowsGrid;
    @FXML
    private Label descriptionLabel;
    @FXML
    private Label summaryError;
    @FXML
    private Button okButton;

    @FXML
    private Button saveAsButton;
    @FXML
    private Button manageButton;
    @FXML
    private Label savedMessage;

    private final DialogService dialogs;

    public QueryBuilderView(QueryBuilderViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        descriptionLabel.textProperty().bind(viewModel.descriptionProperty());
        for (Button saving : new Button[] {saveAsButton, manageButton}) {
            saving.setVisible(viewModel.savesSelections());
            saving.setManaged(viewModel.savesSelections());
        }
        savedMessage.textProperty().bind(viewModel.savedMessageProperty());
        savedMessage.managedProperty().bind(savedMessage.textProperty().isNotEmpty());
        // Only a change in the set of rows redraws; edits inside a row are bound to that row's controls.
        viewModel.rows().addListener((ListChangeListener<RangeRowViewModel>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                redraw();
            }
        });
        redraw();
    }

    /** The accepted selection; empty when the user cancelled or closed the window. */
    public Optional<Selection> result() {
        return Optional.ofNullable(result);
    }

    @FXML
    private void addRow() {
        viewModel.addRow();
        // After the pulse that lays the new row out; focusing a node before that is ignored.
        Platform.runLater(this::focusLastCriteria);
    }

    @FXML
    private void accept() {
        Optional<Selection> accepted = acceptedOrTold();
        if (accepted.isPresent()) {
            result = accepted.get();
            close();
        }
    }

    /** The selection the rows state; empty, with the sentence and the focus at the first wrong row, when one is wrong. */
    private Optional<Selection> acceptedOrTold() {
        Optional<Selection> accepted = viewModel.accept();
        if (accepted.isEmpty()) {
            summaryError.setText(ReimbursementTexts.text("query.fixRows"));
            focusFirstInvalid();
        }
        return accepted;
    }

    /** Save as…: the rows as they stand (all of them right) under a name asked for; a name taken asks to replace. */
    @FXML
    private void saveAs() {
        Optional<Selection> rows = acceptedOrTold();
        if (rows.isEmpty()) {
            return;
        }
        List<SavedSelection> existing = viewModel.savedSelections();
        OneLineDialog ask = new OneLineDialog(ReimbursementTexts.text("query.saveAs.title"),
                ReimbursementTexts.text("query.saveAs.header", rows.get().describe(Locale.getDefault())),
                ReimbursementTexts.text("query.saveAs.name"), "selectionName", "", typed -> viewModel.nameCheck(typed, existing));
        dialogs.showCustomDialog(ask).ifPresent(name -> viewModel.save(name, rows.get()));
    }

    /** Manage…: rename and delete the saved selections. */
    @FXML
    private void manage() {
        dialogs.showCustomDialog(new SavedSelectionsDialog(viewModel.manage()));
    }

    @FXML
    private void cancel() {
        result = null;
        close();
    }

    private void close() {
        ((Stage) okButton.getScene().getWindow()).close();
    }

    private void redraw() {
        rowsGrid.getChildren().clear();
        Label fieldHeader = new Label(ReimbursementTexts.text("query.column.field"));
        Label criteriaHeader = new Label(ReimbursementTexts.text("query.column.criteria"));
        fieldHeader.getStyleClass().add("range-header");
        criteriaHeader.getStyleClass().add("range-header");
        rowsGrid.addRow(0, fieldHeader, criteriaHeader);
        int line = 1;
        for (RangeRowViewModel row : viewModel.rows()) {
            addRowControls(row, line);
            line += 2;
        }
        if (viewModel.rows().isEmpty()) {
            Label none = new Label(ReimbursementTexts.text("query.noRows"));
            none.getStyleClass().add("hint");
            rowsGrid.add(none, 0, 1, 3, 1);
        }
        summaryError.setText("");
    }

    private void addRowControls(RangeRowViewModel row, int line) {
        ComboBox<QueryField> field = new ComboBox<>();
        field.getItems().setAll(viewModel.fields());
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(QueryField value) {
                return value == null ? "" : value.displayName(Locale.getDefault());
            }

            @Override
            public QueryField fromString(String text) {
                throw new UnsupportedOperationException("the field list is not editable");
            }
        });
        field.valueProperty().bindBidirectional(row.fieldProperty());
        field.getStyleClass().add("field-choice");
        field.setMaxWidth(Double.MAX_VALUE);
        field.setAccessibleText(ReimbursementTexts.text("query.column.field"));

        TextField criteria = new TextField();
        criteria.textProperty().bindBidirectional(row.criteriaProperty());
        criteria.getStyleClass().add("criteria-field");
        criteria.setPromptText(ReimbursementTexts.text("query.criteria.prompt"));
        criteria.setAccessibleText(ReimbursementTexts.text("query.column.criteria"));
        GridPane.setHgrow(criteria, Priority.ALWAYS);

        Button remove = new Button(ReimbursementTexts.text("query.removeRow"));
        remove.setMnemonicParsing(false);
        remove.getStyleClass().add("remove-row");
        remove.setOnAction(event -> viewModel.removeRow(row));

        Label error = new Label();
        error.getStyleClass().addAll("field-error", "row-error");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // Listening on the label rather than the row: the label goes away with this drawing of the rows.
        error.textProperty().addListener((observable, before, now) -> {
            criteria.pseudoClassStateChanged(INVALID, !now.isEmpty());
            if (now.isEmpty() && viewModel.rows().stream().allMatch(r -> r.errorProperty().get().isEmpty())) {
                summaryError.setText("");
            }
        });
        criteria.pseudoClassStateChanged(INVALID, !row.errorProperty().get().isEmpty());

        rowsGrid.addRow(line, field, criteria, remove);
        rowsGrid.add(error, 1, line + 1, 2, 1);
    }

    private void focusLastCriteria() {
        rowsGrid.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("criteria-field"))
                .reduce((first, second) -> second)
                .ifPresent(javafx.scene.Node::requestFocus);
    }

    private void focusFirstInvalid() {
        rowsGrid.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("criteria-field"))
                .filter(node -> node.getPseudoClassStates().contains(INVALID))
                .findFirst()
                .ifPresent(javafx.scene.Node::requestFocus);
    }
}
