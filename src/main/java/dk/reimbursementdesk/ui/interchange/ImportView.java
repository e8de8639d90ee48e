package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.ui.common.DialogService;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The import form's controller: kind, file, Check and Import, and the problems as a table (line, column, problem). */
public final class ImportView {

    private final ImportViewModel model;
    private final ResourceBundle text;
    private final DialogService dialogs;

    @FXML private ChoiceBox<ImportKind> importKind;
    @FXML private TextField importFile;
    @FXML private Button importCheck;
    @FXML private Button importRun;
    @FXML private CheckBox importAgain;
    @FXML private TableView<ImportProblem> importProblems;
    @FXML private TableColumn<ImportProblem, Number> lineColumn;
    @FXML private TableColumn<ImportProblem, String> columnColumn;
    @FXML private TableColumn<ImportProblem, String> problemColumn;
    @FXML private Label importStatus;
    @FXML private Label noProblems;

    public ImportView(ImportViewModel model, ResourceBundle text, DialogService dialogs) {
        this.model = model;
        this.text = text;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        importKind.getItems().setAll(ImportKind.values());
        importKind.setConverter(CsvFiles.kindNames(text, ImportKind::key));
        importKind.valueProperty().bindBidirectional(model.kindProperty());
        importFile.textProperty().bind(CsvFiles.pathText(model.fileProperty()));
        importCheck.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        importRun.disableProperty().bind(importCheck.disableProperty());
        importAgain.selectedProperty().bindBidirectional(model.againProperty());
        importAgain.disableProperty().bind(model.busyProperty());

        importProblems.setItems(model.problems());
        lineColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().line()));
        columnColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().column() == null ? "" : row.getValue().column()));
        problemColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().sentence()));
        importStatus.textProperty().bind(model.statusProperty());
        noProblems.textProperty().bind(model.checkedProperty().map(done -> done ? text.getString("ui.import.noProblems") : ""));
    }

    @FXML
    private void choose() {
        dialogs.chooseFileToOpen(text.getString("ui.import.title"), CsvFiles.filters(text)).ifPresent(model.fileProperty()::set);
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void importFile() {
        model.importFile();
    }
}
