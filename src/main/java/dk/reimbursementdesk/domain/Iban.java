package dk.reimbursementdesk.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * International Bank Account Numbers (ISO 13616). A structural check only: the country's length and
 * the mod-97 check digits catch typing mistakes, not accounts that do not exist.
 */
public final class Iban {

    /**
     * IBAN length by country, from the SWIFT IBAN registry. French overseas departments and
     * territories use FR, the Åland Islands FI, and so need no rows of their own.
     */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FK", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
            Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MN", 20),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33), Map.entry("SA", 24),
            Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20),
            Map.entry("YE", 30));

    private Iban() {
    }

    /**
     * The electronic form: no whitespace, upper case. Users paste IBANs in the printed form with
     * spaces, and banks print lower-case letters now and then; neither changes the account.
     */
    public static String normalize(String iban) {
        if (iban == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(iban.length());
        iban.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String iban) {
        String s = normalize(iban);
        if (s.length() < 5) {
            return false;
        }
        if (!isAsciiLetter(s.charAt(0)) || !isAsciiLetter(s.charAt(1))
                || !isAsciiDigit(s.charAt(2)) || !isAsciiDigit(s.charAt(3))) {
            return false;
        }
        OptionalInt expected = lengthFor(s.substring(0, 2));
        if (expected.isEmpty() || s.length() != expected.getAsInt()) {
            return false;
        }
        for (int i = 4; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !isAsciiDigit(c)) {
                return false;
            }
        }
        return mod97(s.substring(4) + s.substring(0, 4)) == 1;
    }

    /** The normalized IBAN, or empty when it is not valid. */
    public static Optional<String> parse(String iban) {
        return isValid(iban) ? Optional.of(normalize(iban)) : Optional.empty();
    }

    /** The IBAN length for a country, empty when the country has no IBAN. */
    public static OptionalInt lengthFor(String countryCode) {
        Integer length = countryCode == null ? null : LENGTHS.get(countryCode.toUpperCase(Locale.ROOT));
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** The printed form, in groups of four, as banks show it to people ("DK50 0040 0440 1162 43"). */
    public static String formatted(String iban) {
        String s = normalize(iban);
        StringBuilder sb = new StringBuilder(s.length() + s.length() / 4);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /**
     * The remainder of the huge number the rearranged IBAN spells (A=10 ... Z=35), folded one
     * character at a time so that it fits in a long: the running remainder stays below 97, so it
     * never exceeds 96 * 100 + 35.
     */
    private static int mod97(String rearranged) {
        long remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (isAsciiDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return (int) remainder;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
