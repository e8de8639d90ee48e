package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.DialogSize;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Help > Keyboard shortcuts: every shortcut of {@link Shortcut} in a table, keys and what they do. */
public final class KeyboardShortcutsDialog extends Dialog<Void> {

    /** The size it opens at, where the screen holds it: both columns whole, most rows without scrolling. */
    static final double WIDTH = 760;
    static final double HEIGHT = 720;

    /** One line of the table, in the user's language. */
    public record Line(String keys, String action) {
    }

    /** Shown through {@code DialogService.showCustomDialog}, which gives it its owner. */
    public KeyboardShortcutsDialog() {
        Texts texts = Texts.of("i18n.shell");
        setTitle(texts.get("shortcuts.title"));
        setHeaderText(texts.get("shortcuts.header"));
        TableView<Line> table = new TableView<>(FXCollections.observableArrayList(lines(texts)));
        table.setId("shortcutsTable");
        TableColumn<Line, String> keys = new TableColumn<>(texts.get("shortcuts.keys"));
        keys.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().keys()));
        keys.setPrefWidth(170);
        TableColumn<Line, String> action = new TableColumn<>(texts.get("shortcuts.action"));
        action.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().action()));
        action.setPrefWidth(520);
        // the longer actions wrap onto a second line rather than end in "…"
        action.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        table.getColumns().setAll(List.of(keys, action));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getDialogPane().setContent(table);
        DialogSize.openAt(this, WIDTH, HEIGHT);
        getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("dialog.close"), ButtonType.CLOSE.getButtonData()));
        setResizable(true);
    }

    static List<Line> lines(Texts texts) {
        return Arrays.stream(Shortcut.values()).map(s -> new Line(s.keysText(texts), s.action(texts))).toList();
    }
}
