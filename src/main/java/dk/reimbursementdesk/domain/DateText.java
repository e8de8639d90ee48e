package dk.reimbursementdesk.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one way a date is written for a reader, per language: the locale's short numeric date with a
 * four-digit year (24.11.2026 in Danish, 24/11/2026 in British English). Fields, tables, reports and
 * every sentence (a refusal's date included) use it, so two forms never stand side by side.
 */
public final class DateText {

    private DateText() {
    }

    /** The locale's short numeric date, always with a four-digit year; strict (31 February is no date). */
    public static DateTimeFormatter formatter(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // Ledgers live for years: a two-digit year is ambiguous, so widen it. "uuuu" (not "yyyy") lets the
        // strict resolver refuse 31 February instead of quietly making it the 28th.
        pattern = pattern.replaceAll("y+", "uuuu");
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : formatter(locale).format(date);
    }

    /** A moment: the date as {@link #format(LocalDate, Locale)} writes it, then the time in hours and minutes. */
    public static String format(LocalDateTime moment, Locale locale) {
        return moment == null ? "" : format(moment.toLocalDate(), locale) + " " + TIME.format(moment);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
}
