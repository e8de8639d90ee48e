package dk.reimbursementdesk.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers and booleans on the command line are read as scripts write them (a point as decimal
 * separator, {@code true}/{@code false}) whatever the locale; these replace picocli's own converters
 * so that a value that cannot be read is refused in the user's language.
 */
final class NumberConverters {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private NumberConverters() {
    }

    static void registerOn(CommandLine commandLine) {
        ITypeConverter<Integer> integer = value -> read(value, "cli.wholeNumber.invalid", Integer::valueOf);
        ITypeConverter<Long> whole = value -> read(value, "cli.wholeNumber.invalid", Long::valueOf);
        ITypeConverter<Boolean> bool = value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new TypeConversionException(CliText.text("cli.boolean.invalid", value));
        };
        commandLine.registerConverter(Integer.class, integer)
                .registerConverter(Integer.TYPE, integer)
                .registerConverter(Long.class, whole)
                .registerConverter(Long.TYPE, whole)
                .registerConverter(Boolean.class, bool)
                .registerConverter(Boolean.TYPE, bool)
                .registerConverter(BigDecimal.class, NumberConverters::amount);
    }

    /**
     * An amount as a script writes it: digits, optionally a point and decimals, optionally a minus.
     * BigDecimal alone would also take "1e5" or "+.5", which no one means as an amount.
     */
    private static BigDecimal amount(String value) {
        String plain = value.strip();
        if (!AMOUNT.matcher(plain).matches()) {
            throw new TypeConversionException(CliText.text("cli.amount.invalid", value));
        }
        return new BigDecimal(plain);
    }

    private static <T> T read(String value, String refusal, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(CliText.text(refusal, value));
        }
    }
}
