package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import java.util.function.Predicate;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * The texts a screen draws cut: a label, button or table cell whose skin shows "…" (or less) in place
 * of its text. What a clerk sees under Xvfb as "WHOLE…", found by the test in the node tree: the skin's
 * text node holds the drawn text, the control the whole one.
 */
public final class CutTexts {

    private CutTexts() {
    }

    /** Each cut text under {@code root} as "'whole' drawn as 'drawn'"; empty when nothing is cut. Call on the FX thread. */
    public static List<String> in(Node root) {
        return in(root, node -> false);
    }

    /**
     * As {@link #in(Node)}, leaving out the nodes {@code allowed} to cut: a name column's cells, whose
     * whole text is in their tooltip and in the form beside the list.
     */
    public static List<String> in(Node root, Predicate<Node> allowed) {
        List<String> cut = new ArrayList<>();
        collect(root, allowed, cut);
        return cut;
    }

    /** A table cell of {@code column}: cut text allowed there. */
    public static Predicate<Node> cellOf(TableColumn<?, ?> column) {
        return node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column;
    }

    private static void collect(Node node, Predicate<Node> allowed, List<String> cut) {
        if (!node.isVisible() || allowed.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String drawn = drawn(labeled);
            if (drawn != null && !drawn.equals(labeled.getText().replace("_", "")) && !drawn.equals(labeled.getText())) {
                cut.add("'" + labeled.getText() + "' drawn as '" + drawn + "'");
            }
        }
        if (node instanceof TextField field && field.getText().isEmpty() && field.getPromptText() != null && !field.getPromptText().isEmpty()
                && field.getWidth() > 0 && ColumnWidths.textWidth(field.getPromptText(), field.getFont()) > field.getWidth() - field.snappedLeftInset() - field.snappedRightInset()) {
            // A prompt is clipped, not elided: too wide for its field.
            cut.add("prompt '" + field.getPromptText() + "' clipped in " + field.getWidth() + " px");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, allowed, cut);
            }
        }
    }

    /** The text the skin draws: its own Text child (LabeledText), not a graphic's. */
    private static String drawn(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
