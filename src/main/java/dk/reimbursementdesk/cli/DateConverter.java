package dk.reimbursementdesk.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line are ISO dates, YYYY-MM-DD, whatever the locale. Registered for every
 * LocalDate option. A date written in the right shape that does not exist (2026-02-31) is told
 * apart from one in the wrong shape: the user wrote the format right and needs to hear why the day
 * is refused, never silently moved to the month's last day.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    @Override
    public LocalDate convert(String value) {
        String plain = value.strip();
        try {
            return LocalDate.parse(plain);
        } catch (DateTimeParseException e) {
            Matcher shape = ISO.matcher(plain);
            if (shape.matches()) {
                int year = Integer.parseInt(shape.group(1));
                int month = Integer.parseInt(shape.group(2));
                if (month >= 1 && month <= 12) {
                    Month named = Month.of(month);
                    throw new TypeConversionException(CliText.text("cli.date.notInCalendar", plain,
                            named.getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()), year,
                            named.length(Year.isLeap(year))));
                }
            }
            throw new TypeConversionException(CliText.text("cli.date.invalid", value));
        }
    }
}
