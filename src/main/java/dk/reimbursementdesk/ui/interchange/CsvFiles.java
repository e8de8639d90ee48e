package dk.reimbursementdesk.ui.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.util.StringConverter;

/** What the Import and Export forms share: the kind's name from the bundle, the file field and the CSV file type for the file choosers. */
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

    /** The one file type both forms offer, for {@code DialogService}'s open and save choosers. */
    static List<ExtensionFilter> filters(ResourceBundle text) {
        return List.of(new ExtensionFilter(text.getString("ui.csvFiles"), "*.csv", "*.CSV"));
    }
}
