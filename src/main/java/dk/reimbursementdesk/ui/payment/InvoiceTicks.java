package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.InvoiceSelection;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Which open invoices the user ticked, on every page of the shown list, not only the rows in view:
 * kept as the service takes them ({@link InvoiceSelection}), the ticked ids, or after "Select all
 * shown" every invoice the shown filter selects but the ids unticked since, so that selecting 72,000
 * invoices sends no id at all. The rows of a page are ticked from it, and a user's tick changes it.
 *
 * <p>Its own class because it outlives the page it ticks: paging swaps the rows, and the ticks stay
 * until a new filter or a posting starts a new selection.
 */
final class InvoiceTicks {

    private final ObservableList<InvoiceRow> rows;
    /** Told after every change of the ticks: what depends on them is asked for again. */
    private final Runnable changed;
    /** true: every invoice of the shown filter but {@link #marked}; false: exactly {@link #marked}. */
    private boolean allShown;
    private final Set<Long> marked = new HashSet<>();
    /** Set while rows are ticked from the selection, so that their listeners do not tick it back. */
    private boolean applyingTicks;

    /** Ticks {@code rows}, the page in view; {@code changed} is told after every change. */
    InvoiceTicks(ObservableList<InvoiceRow> rows, Runnable changed) {
        this.rows = rows;
        this.changed = changed;
    }

    /** Shows {@code page} in the rows, each ticked as the selection says. */
    void show(List<OpenInvoice> page) {
        applyingTicks = true;
        rows.setAll(page.stream().map(this::row).toList());
        applyingTicks = false;
    }

    /** A row of the page, ticked as the selection says; the user's tick changes the selection. */
    private InvoiceRow row(OpenInvoice invoice) {
        InvoiceRow row = new InvoiceRow(invoice);
        long id = invoice.transactionId();
        row.setSelected(allShown != marked.contains(id));
        row.selectedProperty().addListener((o, was, now) -> {
            if (applyingTicks) {
                return;
            }
            if (now != allShown) {
                marked.add(id);
            } else {
                marked.remove(id);
            }
            changed.run();
        });
        return row;
    }

    /** Every invoice the shown filter selects. */
    void selectAll() {
        allShown = true;
        marked.clear();
        tickRows();
    }

    void selectNone() {
        clear();
        tickRows();
    }

    /** Nothing ticked; the rows in view keep their boxes until they are ticked again. */
    void clear() {
        allShown = false;
        marked.clear();
        changed.run();
    }

    private void tickRows() {
        applyingTicks = true;
        rows.forEach(r -> r.setSelected(allShown != marked.contains(r.invoice().transactionId())));
        applyingTicks = false;
        changed.run();
    }

    /** How many invoices are ticked of the {@code total} the shown filter selects. */
    long count(long total) {
        return allShown ? Math.max(0, total - marked.size()) : marked.size();
    }

    /** The ticked invoices as the service takes them, {@code shown} being the filter of the list in view. */
    InvoiceSelection selection(OpenInvoiceQuery shown) {
        return allShown ? InvoiceSelection.allBut(shown, marked) : InvoiceSelection.of(marked);
    }
}
