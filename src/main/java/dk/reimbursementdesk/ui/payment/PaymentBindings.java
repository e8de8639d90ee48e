package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** How the Vendor payments sub-views show the same things alike: text columns, the file version, the status line. */
final class PaymentBindings {

    private PaymentBindings() {
    }

    /** A column of text read from the row; null shows as empty. */
    static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> {
            String text = value.apply(c.getValue());
            return new ReadOnlyStringWrapper(text == null ? "" : text).getReadOnlyProperty();
        });
    }

    /** A pain.001 version choice bound to the screen's one version, shown by the namespace's last part. */
    static void versionChoice(ComboBox<Pain001Version> combo, VendorPaymentsViewModel model) {
        combo.getItems().setAll(Pain001Version.V09, Pain001Version.V03);
        combo.valueProperty().bindBidirectional(model.versionProperty());
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
