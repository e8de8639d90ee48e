package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ExportKind;
import dk.reimbursementdesk.ui.UiExecutor;
import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The export form's controller: what to export, the file (chosen with a save dialog), Export, and a status line. */
public final class ExportView {

    private final ExportViewModel model;
    private final ResourceBundle text;

    @FXML private VBox root;
    @FXML private ChoiceBox<ExportKind> exportKind;
    @FXML private TextField exportFile;
    @FXML private Button exportRun;
    @FXML private Label exportStatus;

    public ExportView(ExportViewModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
    }

    @FXML
    private void initialize() {
        exportKind.getItems().setAll(ExportKind.values());
        exportKind.setConverter(CsvFiles.kindNames(text, ExportKind::key));
        exportKind.valueProperty().bindBidirectional(model.kindProperty());
        exportFile.textProperty().bind(CsvFiles.pathText(model.fileProperty()));
        exportRun.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        exportStatus.textProperty().bind(model.statusProperty());
    }

    @FXML
    private void choose() {
        FileChooser chooser = CsvFiles.chooser(text, text.getString("ui.export.title"));
        chooser.setInitialFileName(model.kindProperty().get().key() + ".csv");
        File chosen = chooser.showSaveDialog(CsvFiles.window(root));
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
        }
    }

    @FXML
    private void export() {
        UiExecutor.run(model.export());
    }
}
