package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** How the Vendor payments sub-views show the same things alike: the file version and the status line. */
final class PaymentBindings {

    private PaymentBindings() {
    }

    /** A pain.001 version choice bound to the screen's one version, shown by the namespace's last part. */
    static void versionChoice(ComboBox<Pain001Version> combo, ObjectProperty<Pain001Version> version) {
        combo.getItems().setAll(Pain001Version.V09, Pain001Version.V03);
        combo.valueProperty().bindBidirectional(version);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pain001Version v) {
                return v == null ? "" : v.namespace().substring(v.namespace().lastIndexOf(':') + 1);
            }

            @Override
            public Pain001Version fromString(String s) {
                return combo.getValue();
            }
        });
    }

    /** The screen's status sentence, styled as an error while it is one. */
    static void statusLine(Label label, VendorPaymentsViewModel model) {
        label.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, error) -> {
            label.getStyleClass().remove("status-error");
            if (error) {
                label.getStyleClass().add("status-error");
            }
        });
    }
}
