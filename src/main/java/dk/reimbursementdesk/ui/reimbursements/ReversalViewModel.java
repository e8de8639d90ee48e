package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Reverse dialog's state: which reimbursement it asks about, and the reversal's posting date (today
 * unless the user types another) with the sentence for text that is not a date or a date before the
 * reimbursement's posting date, both in the user's date format.
 */
public final class ReversalViewModel {

    private final String question;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final LocalDate postingDate;
    private final BooleanBinding reverseDisabled;

    public ReversalViewModel(Row row, LocalDate today) {
        question = ReimbursementTexts.text("list.reverse.header", row.number(), row.customerAccount(),
                row.customerName(), Formats.money(row.amount(), row.currency()));
        postingDate = row.postingDate();
        // Only a real date clears the sentence: text that is not a date empties the field too, right
        // after the converter has said why, and that must not wipe the why.
        date.addListener((observable, before, now) -> {
            if (now != null) {
                dateError.set(tooEarly(now) ? ReimbursementTexts.text("list.reverse.beforePosting",
                        Formats.date(now), Formats.date(postingDate)) : "");
            }
        });
        date.set(today);
        // The service refuses a reversal dated before the posting too; the dialog says so while it is open.
        reverseDisabled = Bindings.createBooleanBinding(() -> date.get() == null || tooEarly(date.get()), date);
    }

    /** "Reverse RB-000008 for C0012 Vestjysk Maskin ApS, 800.00 DKK?" */
    public String question() {
        return question;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    /** Called by the view when the date field holds text that is not a date. */
    public void dateUnreadable(String text) {
        dateError.set(ReimbursementTexts.unreadableDate(text));
    }

    private boolean tooEarly(LocalDate day) {
        return postingDate != null && day.isBefore(postingDate);
    }

    /** Reverse needs a date, on or after the reimbursement's posting date. */
    public BooleanBinding reverseDisabled() {
        return reverseDisabled;
    }
}
