package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The labels that do not sit on their field's line: in a row of a label and its field, the label's
 * text and the field's text share one baseline (seen under Xvfb on Import and Export: "Hvad filen
 * indeholder" and "Fil" drawn above the line of the box beside them).
 */
public final class FieldLines {

    private FieldLines() {
    }

    /** Each row's label off its field's line under {@code root}, as "'label' n px above/below"; empty when all sit on it. Call on the FX thread. */
    public static List<String> offLine(Node root) {
        List<String> off = new ArrayList<>();
        collect(root, off);
        return off;
    }

    private static void collect(Node node, List<String> off) {
        if (node instanceof HBox row && row.getChildren().size() > 1 && row.getChildren().get(0) instanceof Label label
                && row.getChildren().get(1) instanceof Control field && !(field instanceof Label)) {
            double labelLine = label.localToScene(0, label.getBaselineOffset()).getY();
            double fieldLine = field.localToScene(0, field.getBaselineOffset()).getY();
            if (Math.abs(labelLine - fieldLine) > 1) {
                off.add("'" + label.getText() + "' " + Math.abs(labelLine - fieldLine) + " px " + (labelLine < fieldLine ? "above" : "below"));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, off);
            }
        }
    }
}
