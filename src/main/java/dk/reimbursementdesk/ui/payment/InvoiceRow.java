package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.OpenInvoice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One open invoice in the table, with the user's tick. */
public final class InvoiceRow {

    private final OpenInvoice invoice;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);

    InvoiceRow(OpenInvoice invoice) {
        this.invoice = invoice;
    }

    public OpenInvoice invoice() {
        return invoice;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
