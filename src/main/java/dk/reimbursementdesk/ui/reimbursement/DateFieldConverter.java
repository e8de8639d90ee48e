package dk.reimbursementdesk.ui.reimbursement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.util.StringConverter;

/**
 * A date picker's text in the locale's short date format. Text that is not a date becomes no date and is
 * reported, so the screen can say so at the field instead of the picker throwing on the FX thread.
 */
public final class DateFieldConverter extends StringConverter<LocalDate> {

    private final Consumer<String> unreadable;
    private final Runnable readable;

    public DateFieldConverter(Consumer<String> unreadable) {
        this(unreadable, () -> { });
    }

    /** With a second callback for text that reads (or is empty) again, for a screen that remembers the problem. */
    public DateFieldConverter(Consumer<String> unreadable, Runnable readable) {
        this.unreadable = unreadable;
        this.readable = readable;
    }

    /** The sentence for text that is not a date, with an example in the locale's format. */
    public static String unreadableSentence(String text) {
        return ReimbursementTexts.text("date.unreadable", text, ReimbursementTexts.date(LocalDate.of(2026, 12, 31)));
    }

    @Override
    public String toString(LocalDate date) {
        return ReimbursementTexts.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            readable.run();
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip(), ReimbursementTexts.dateParser());
            readable.run();
            return date;
        } catch (DateTimeParseException notADate) {
            unreadable.accept(text.strip());
            return null;
        }
    }
}
