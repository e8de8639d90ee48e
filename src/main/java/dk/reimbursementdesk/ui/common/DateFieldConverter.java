package dk.reimbursementdesk.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.util.StringConverter;

/**
 * A date picker's text read and written by {@link Formats}. Text that is not a date becomes no date and
 * is reported, so the screen can say so at the field instead of the picker throwing on the FX thread.
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

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            readable.run();
            return null;
        }
        Optional<LocalDate> date = Formats.parseDate(text);
        if (date.isEmpty()) {
            unreadable.accept(text.strip());
            return null;
        }
        readable.run();
        return date.get();
    }
}
