package dk.reimbursementdesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * ControlsFX decorations driven by the view model's error sentences: the view model decides what is
 * wrong (so its rules are testable without a window), and each field shows its sentence as it changes.
 */
public final class FormValidation {

    private final ValidationSupport support = new ValidationSupport();

    public void watch(Control control, ObservableStringValue error) {
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, error.get() == null ? "" : error.get(), error.get() != null));
        // The error may change after the control's own value (a duplicate check answers later).
        error.addListener((o, was, now) -> support.revalidate(control));
    }
}
