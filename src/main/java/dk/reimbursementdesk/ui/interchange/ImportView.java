package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.ui.common.DialogService;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.util.StringConverter;

/** The import form: kind, file, Check and Import, and the problems as a table (line, column, problem). */
public final class ImportView {

    private final ImportViewModel model;
    private final ResourceBundle text;
    private final DialogService dialogs;
    private final VBox root;

    public ImportView(ImportViewModel model, ResourceBundle text, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.text = text;

        ChoiceBox<ImportKind> kind = new ChoiceBox<>();
        kind.setId("importKind");
        kind.getItems().setAll(ImportKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportKind value) {
                return value == null ? "" : text.getString("ui.kind." + value.key());
            }

            @Override
            public ImportKind fromString(String string) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());

        TextField file = new TextField();
        file.setId("importFile");
        file.setEditable(false);
        file.textProperty().bind(model.fileProperty().map(path -> path.toString()).orElse(""));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(text.getString("ui.import.browse"));
        browse.setOnAction(e -> choose());

        Button check = new Button(text.getString("ui.import.check"));
        check.setId("importCheck");
        check.setOnAction(e -> model.check());
        Button importButton = new Button(text.getString("ui.import.import"));
        importButton.setId("importRun");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> model.importFile());
        check.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        importButton.disableProperty().bind(check.disableProperty());

        TableView<ImportProblem> table = new TableView<>(model.problems());
        table.setId("importProblems");
        table.setPlaceholder(new Label(text.getString("ui.import.noProblems")));
        TableColumn<ImportProblem, Number> line = new TableColumn<>(text.getString("ui.import.column.line"));
        line.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().line()));
        TableColumn<ImportProblem, String> column = new TableColumn<>(text.getString("ui.import.column.column"));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().column() == null ? "" : row.getValue().column()));
        TableColumn<ImportProblem, String> problem = new TableColumn<>(text.getString("ui.import.column.problem"));
        problem.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().sentence()));
        problem.setPrefWidth(520);
        table.getColumns().setAll(java.util.List.of(line, column, problem));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        HBox kindRow = new HBox(8, new Label(text.getString("ui.import.kind")), kind);
        HBox fileRow = new HBox(8, new Label(text.getString("ui.import.file")), file, browse);
        HBox buttons = new HBox(8, check, importButton);
        root = new VBox(8, kindRow, fileRow, buttons, table, status);
        root.setPadding(new Insets(12));
        root.setPrefSize(760, 420);
    }

    private void choose() {
        dialogs.chooseFileToOpen(text.getString("ui.import.title"),
                List.of(new ExtensionFilter(text.getString("ui.csvFiles"), "*.csv", "*.CSV"))).ifPresent(model.fileProperty()::set);
    }

    public Parent root() {
        return root;
    }

    /** The interchange bundle in the current language, for the view and its model. */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.interchange", Locale.getDefault());
    }
}
