package dk.reimbursementdesk.ui.common;

import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;

/**
 * Every date field of the program, made one way: the strict {@link DateFieldConverter} (31.02.2026
 * is refused, never moved to the 28th, and never silently left as the date that was there before),
 * and the one sentence for text that is not a date, written into the screen's view model so the
 * view shows it at the field and the model keeps Save/Post off while it stands.
 *
 * <p>The picker empties its text right after the converter refused it (it has no date to show), so
 * only a real date, or a field the user empties, clears the sentence; the sentence names the text
 * that was refused so nothing is lost without a word.
 */
public final class DateField {

    private DateField() {
    }

    /** The sentence for typed text that is not a date, with an example in the user's date format. */
    public static String unreadable(String text) {
        return Texts.of("i18n.common").format("date.unreadable", text, Formats.date(LocalDate.of(2026, 12, 31)));
    }

    /**
     * Makes {@code picker} strict and reports into {@code problem}: the sentence when the typed text is
     * not a date, empty when a date (typed, picked or set by the screen) or no text stands in it.
     */
    public static void attach(DatePicker picker, StringProperty problem) {
        picker.setConverter(new DateFieldConverter(text -> problem.set(unreadable(text)), () -> problem.set("")));
        picker.valueProperty().addListener((observable, before, now) -> {
            if (now != null) {
                problem.set("");
            }
        });
    }
}
