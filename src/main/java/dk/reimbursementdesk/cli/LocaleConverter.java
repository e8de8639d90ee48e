package dk.reimbursementdesk.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the two languages the bundles exist in. */
final class LocaleConverter implements ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "da" -> Locale.forLanguageTag("da-DK");
            case "en" -> Locale.forLanguageTag("en-GB");
            default -> throw new TypeConversionException(CliText.text("cli.locale.invalid", value));
        };
    }
}
