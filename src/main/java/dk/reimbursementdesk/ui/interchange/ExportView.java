package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ExportKind;
import dk.reimbursementdesk.ui.common.DialogService;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.util.StringConverter;

/** The export form: what to export, the file (chosen with a save dialog), Export, and a status line. */
public final class ExportView {

    private final ExportViewModel model;
    private final ResourceBundle text;
    private final DialogService dialogs;
    private final VBox root;

    public ExportView(ExportViewModel model, ResourceBundle text, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.text = text;
        ChoiceBox<ExportKind> kind = new ChoiceBox<>();
        kind.setId("exportKind");
        kind.getItems().setAll(ExportKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportKind value) {
                return value == null ? "" : text.getString("ui.kind." + value.key());
            }

            @Override
            public ExportKind fromString(String string) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());

        TextField file = new TextField();
        file.setId("exportFile");
        file.setEditable(false);
        file.textProperty().bind(model.fileProperty().map(path -> path.toString()).orElse(""));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(text.getString("ui.import.browse"));
        browse.setOnAction(e -> choose());

        Button export = new Button(text.getString("ui.export.export"));
        export.setId("exportRun");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        export.setOnAction(e -> model.export());

        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        root = new VBox(8, new HBox(8, new Label(text.getString("ui.export.kind")), kind),
                new HBox(8, new Label(text.getString("ui.import.file")), file, browse), export, status);
        root.setPadding(new Insets(12));
        root.setPrefWidth(600);
    }

    private void choose() {
        dialogs.chooseFileToSave(text.getString("ui.export.title"), model.kindProperty().get().key() + ".csv",
                List.of(new ExtensionFilter(text.getString("ui.csvFiles"), "*.csv", "*.CSV"))).ifPresent(model.fileProperty()::set);
    }

    public Parent root() {
        return root;
    }
}
