package dk.reimbursementdesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One country's IBAN as the SWIFT IBAN registry writes it ("NL2!n4!a10!n"): the country code, the two
 * check digits, then the BBAN's fixed-length runs of digits, letters, or either.
 */
public record IbanFormat(String country, List<Run> bban, int length) {

    /** The registry's character classes: n digits, a upper-case letters, c letters or digits. */
    public enum Kind {
        DIGITS, LETTERS, ALPHANUMERIC;

        static Kind of(char code) {
            return switch (code) {
                case 'n' -> DIGITS;
                case 'a' -> LETTERS;
                case 'c' -> ALPHANUMERIC;
                default -> throw new IllegalArgumentException("Not an IBAN registry character class: " + code);
            };
        }

        boolean admits(char c) {
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z';
            return switch (this) {
                case DIGITS -> digit;
                case LETTERS -> letter;
                case ALPHANUMERIC -> digit || letter;
            };
        }
    }

    public record Run(int count, Kind kind) {
    }

    public IbanFormat {
        bban = List.copyOf(bban);
    }

    /**
     * Reads the registry's notation. The check digits ("2!n" after the country) are part of every
     * IBAN and so not part of the BBAN; the total must agree with the registry's stated length, or
     * the data file was copied wrong.
     */
    public static IbanFormat parse(String structure, int length) {
        String country = structure.substring(0, 2);
        if (!structure.startsWith("2!n", 2)) {
            throw new IllegalArgumentException("No check digits in " + structure);
        }
        List<Run> runs = new ArrayList<>();
        int i = 5;
        int total = 4;
        while (i < structure.length()) {
            int bang = structure.indexOf('!', i);
            if (bang < 0 || bang + 1 >= structure.length()) {
                throw new IllegalArgumentException("Not a registry structure: " + structure);
            }
            int count = Integer.parseInt(structure.substring(i, bang));
            runs.add(new Run(count, Kind.of(structure.charAt(bang + 1))));
            total += count;
            i = bang + 2;
        }
        if (total != length) {
            throw new IllegalArgumentException(structure + " spells " + total + " characters, the registry says " + length);
        }
        return new IbanFormat(country, runs, length);
    }

    /** Whether a compact, upper-case IBAN of this country has the right length and characters in each place. */
    public boolean matches(String iban) {
        if (iban.length() != length || !iban.startsWith(country)) {
            return false;
        }
        if (!Kind.DIGITS.admits(iban.charAt(2)) || !Kind.DIGITS.admits(iban.charAt(3))) {
            return false;
        }
        int at = 4;
        for (Run run : bban) {
            for (int k = 0; k < run.count(); k++, at++) {
                if (!run.kind().admits(iban.charAt(at))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The BBAN as a person reads it: neighbouring runs of the same kind joined ("5!n5!n" is "10 digits"),
     * because the split between bank and branch code means nothing to the one typing the number.
     */
    public List<Run> readableBban() {
        List<Run> joined = new ArrayList<>();
        for (Run run : bban) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).kind() == run.kind()) {
                joined.set(last, new Run(joined.get(last).count() + run.count(), run.kind()));
            } else {
                joined.add(run);
            }
        }
        return joined;
    }
}
