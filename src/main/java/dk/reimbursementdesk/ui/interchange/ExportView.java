package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ExportKind;
import dk.reimbursementdesk.ui.common.DialogService;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The export form's controller: what to export, the file (chosen with a save dialog), Export, and a status line. */
public final class ExportView {

    private final ExportViewModel model;
    private final ResourceBundle text;
    private final DialogService dialogs;

    @FXML private ChoiceBox<ExportKind> exportKind;
    @FXML private TextField exportFile;
    @FXML private Button exportRun;
    @FXML private Label exportStatus;

    public ExportView(ExportViewModel model, ResourceBundle text, DialogService dialogs) {
        this.model = model;
        this.text = text;
        this.dialogs = dialogs;
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
        dialogs.chooseFileToSave(text.getString("ui.export.title"), model.kindProperty().get().key() + ".csv", CsvFiles.filters(text))
                .ifPresent(model.fileProperty()::set);
    }

    @FXML
    private void export() {
        model.export();
    }
}
