package dk.reimbursementdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line are ISO dates, YYYY-MM-DD, whatever the locale. Registered for every LocalDate option. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(CliText.text("cli.date.invalid", value));
        }
    }
}
