package dk.reimbursementdesk.ui.interchange;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** What the Import and Export forms share: the kind's name from the bundle, the file field and the CSV file dialog. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** A choice box's converter showing {@code ui.kind.<key>}; the boxes are not editable, so nothing is ever parsed back. */
    static <K> StringConverter<K> kindNames(ResourceBundle text, Function<K, String> key) {
        return new StringConverter<>() {
            @Override
            public String toString(K value) {
                return value == null ? "" : text.getString("ui.kind." + key.apply(value));
            }

            @Override
            public K fromString(String string) {
                return null;
            }
        };
    }

    static ObservableValue<String> pathText(ObservableValue<Path> file) {
        return file.map(Path::toString).orElse("");
    }

    static FileChooser chooser(ResourceBundle text, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("ui.csvFiles"), "*.csv", "*.CSV"));
        return chooser;
    }

    /** The form's window, or none while it is not shown (the dialog then has no owner). */
    static Window window(Node form) {
        return form.getScene() == null ? null : form.getScene().getWindow();
    }
}
