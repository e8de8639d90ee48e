package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The one way a form says what is wrong with a field: the view model decides what is wrong (so its
 * rules are testable without a window), and the field shows the sentence right under itself, in the
 * style {@code field-error}, as soon as the user has left the field once (a fresh form does not
 * shout at fields nobody has touched yet). The sentence follows the error as it changes (a duplicate
 * check answers later). It replaces ControlsFX's mark and hover tooltip, which showed on untouched
 * fields and told the why only under the mouse.
 *
 * <p>The sentence's label is put under the field by wrapping the field in a small VBox in the
 * field's own place: the layout constraints (grid cell, growth) move to the wrapper, so FXML files
 * need no extra label per field and every form gets the same presentation.
 */
public final class FormValidation {

    private final List<BooleanProperty> touched = new ArrayList<>();

    public void watch(Control control, ObservableStringValue error) {
        BooleanProperty left = new SimpleBooleanProperty(false);
        touched.add(left);
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                left.set(true);
            }
        });
        Label sentence = sentenceUnder(control);
        sentence.textProperty().bind(Bindings.createStringBinding(
                () -> left.get() && error.get() != null ? error.get() : "", left, error));
    }

    /** A form shown afresh (New, Cancel, another row): no field has been left yet. */
    public void reset() {
        touched.forEach(left -> left.set(false));
    }

    /** Every sentence shows, touched or not: for when the user asked to save a form that is not right. */
    public void revealAll() {
        touched.forEach(left -> left.set(true));
    }

    /**
     * The form's row of buttons and its message (a note that it was saved, or a service's refusal such
     * as why a customer cannot be deleted), in the place every form has it: the buttons keep their
     * whole labels however long the sentence is (never "…"), and the sentence takes the room left
     * and wraps onto more lines.
     */
    public static void actions(Label message) {
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        if (message.getParent() instanceof HBox row) {
            HBox.setHgrow(message, Priority.ALWAYS);
            for (Node child : row.getChildren()) {
                if (child != message && child instanceof Region region) {
                    region.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
    }

    /** The label that shows {@code control}'s sentence, placed under it; shown only while it has text. */
    public static Label sentenceUnder(Control control) {
        Label sentence = new Label();
        // the colour comes from the stylesheets (theme.css follows the theme): an inline colour would outweigh them
        sentence.getStyleClass().add("field-error");
        sentence.setWrapText(true);
        sentence.setId(control.getId() == null ? null : control.getId() + "Error");
        sentence.visibleProperty().bind(sentence.textProperty().isNotEmpty());
        sentence.managedProperty().bind(sentence.visibleProperty());
        // As wide as the field, never wider: a long sentence wraps instead of widening the form, and its
        // height is that of the wrapped lines wherever the form lays it out (a filter row too, which
        // otherwise gives it one line ending in "…").
        sentence.setMinWidth(0);
        sentence.prefWidthProperty().bind(control.widthProperty());
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        Parent parent = control.getParent();
        if (parent instanceof Pane pane) {
            ObservableList<Node> children = pane.getChildren();
            int at = children.indexOf(control);
            VBox wrapper = new VBox(2);
            wrapper.setFillWidth(true);
            wrapper.setMaxWidth(control.getMaxWidth());
            moveLayoutConstraints(control, wrapper);
            children.set(at, wrapper);
            wrapper.getChildren().addAll(control, sentence);
        }
        return sentence;
    }

    // GridPane, HBox and VBox keep a child's constraints in its properties under their own keys.
    private static void moveLayoutConstraints(Node from, Node to) {
        Map<Object, Object> properties = from.getProperties();
        for (Object key : new ArrayList<>(properties.keySet())) {
            if (key instanceof String name && (name.startsWith("gridpane-") || name.startsWith("hbox-")
                    || name.startsWith("vbox-") || name.startsWith("flowpane-"))) {
                to.getProperties().put(key, properties.remove(key));
            }
        }
    }
}
