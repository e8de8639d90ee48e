package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.ui.UiExecutor;
import java.io.File;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The import form's controller: kind, file, Check and Import, and the problems as a table (line, column, problem). */
public final class ImportView {

    private final ImportViewModel model;
    private final ResourceBundle text;

    @FXML private VBox root;
    @FXML private ChoiceBox<ImportKind> importKind;
    @FXML private TextField importFile;
    @FXML private Button importCheck;
    @FXML private Button importRun;
    @FXML private TableView<ImportProblem> importProblems;
    @FXML private TableColumn<ImportProblem, Number> lineColumn;
    @FXML private TableColumn<ImportProblem, String> columnColumn;
    @FXML private TableColumn<ImportProblem, String> problemColumn;
    @FXML private Label importStatus;

    public ImportView(ImportViewModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
    }

    @FXML
    private void initialize() {
        importKind.getItems().setAll(ImportKind.values());
        importKind.setConverter(CsvFiles.kindNames(text, ImportKind::key));
        importKind.valueProperty().bindBidirectional(model.kindProperty());
        importFile.textProperty().bind(CsvFiles.pathText(model.fileProperty()));
        importCheck.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        importRun.disableProperty().bind(importCheck.disableProperty());

        importProblems.setItems(model.problems());
        lineColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().line()));
        columnColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().column() == null ? "" : row.getValue().column()));
        problemColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().sentence()));
        importStatus.textProperty().bind(model.statusProperty());
    }

    @FXML
    private void choose() {
        File chosen = CsvFiles.chooser(text, text.getString("ui.import.title")).showOpenDialog(CsvFiles.window(root));
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
        }
    }

    @FXML
    private void check() {
        UiExecutor.run(model.check());
    }

    @FXML
    private void importFile() {
        UiExecutor.run(model.importFile());
    }
}
