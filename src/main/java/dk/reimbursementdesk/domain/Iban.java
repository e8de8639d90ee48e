package dk.reimbursementdesk.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * International Bank Account Numbers (ISO 13616). A structural check only: the country's BBAN
 * structure from the SWIFT IBAN registry ({@link IbanRegistry}) and the mod-97 check digits catch
 * typing mistakes, not accounts that do not exist.
 */
public final class Iban {

    /** The sentences that say why an IBAN is not valid, English and Danish. */
    public static final String BUNDLE = "i18n.iban";

    private Iban() {
    }

    /**
     * The electronic form: no separators, upper case. People type and paste IBANs in the printed form
     * with spaces, or with the dashes and dots some banks print, and banks print lower-case letters
     * now and then; none of them changes the account.
     */
    public static String normalize(String iban) {
        if (iban == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(iban.length());
        iban.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-' && cp != '.')
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String iban) {
        return whyInvalid(iban).isEmpty();
    }

    /**
     * Why the IBAN is not valid, as a clause to put after "... is not a valid IBAN:" in the refusal
     * ("a Dutch IBAN is NL, 2 check digits, 4 letters, 10 digits"); empty when it is valid. The checks
     * go from the coarse to the fine, so that the reason names the first thing to correct.
     */
    public static Optional<UserException> whyInvalid(String iban) {
        String s = normalize(iban);
        if (s.isEmpty()) {
            return reason("reason.empty");
        }
        if (s.length() < 4 || !isAsciiLetter(s.charAt(0)) || !isAsciiLetter(s.charAt(1))) {
            return reason("reason.shape");
        }
        String country = s.substring(0, 2);
        Optional<IbanFormat> format = IbanRegistry.standard().format(country);
        if (format.isEmpty()) {
            return reason("reason.country", country);
        }
        for (int i = 2; i < s.length(); i++) {
            if (!isAsciiLetter(s.charAt(i)) && !isAsciiDigit(s.charAt(i))) {
                return reason("reason.characters");
            }
        }
        if (!format.get().matches(s)) {
            return reason("reason.format", UserException.in(BUNDLE, "country." + country),
                    new IbanFormatText(format.get()));
        }
        // ISO 7064 never issues 00, 01 or 99; 01 and 98 would otherwise both pass mod-97.
        String checkDigits = s.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")
                || mod97(s.substring(4) + s.substring(0, 4)) != 1) {
            return reason("reason.checkDigits");
        }
        return Optional.empty();
    }

    /** The normalized IBAN, or empty when it is not valid. */
    public static Optional<String> parse(String iban) {
        return isValid(iban) ? Optional.of(normalize(iban)) : Optional.empty();
    }

    /** The IBAN length for a country, empty when the country has no IBAN. */
    public static OptionalInt lengthFor(String countryCode) {
        return IbanRegistry.standard().format(countryCode)
                .map(f -> OptionalInt.of(f.length()))
                .orElse(OptionalInt.empty());
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

    private static Optional<UserException> reason(String key, Object... arguments) {
        return Optional.of(UserException.in(BUNDLE, key, arguments));
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
