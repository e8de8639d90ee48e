package dk.reimbursementdesk.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Business Identifier Codes (ISO 9362), checked for form only: whether the bank exists is for the
 * bank to say.
 */
public final class Bic {

    /**
     * ISO 3166 alpha-2 codes as the JDK knows them, plus XK: SWIFT issues BICs for Kosovo although
     * ISO 3166 has not assigned it.
     */
    private static final Set<String> COUNTRIES = countries();

    private Bic() {
    }

    /**
     * The electronic form: upper case without the spaces, dashes and dots people type between the
     * parts ("DABA DK KK"); null becomes the empty string.
     */
    public static String normalize(String bic) {
        if (bic == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(bic.length());
        bic.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-' && cp != '.')
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String bic) {
        String s = normalize(bic);
        if (s.length() != 8 && s.length() != 11) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!isAsciiLetter(s.charAt(i))) {
                return false;
            }
        }
        if (!COUNTRIES.contains(s.substring(4, 6))) {
            return false;
        }
        for (int i = 6; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The two-letter country of a valid BIC. */
    public static String country(String bic) {
        if (!isValid(bic)) {
            throw new IllegalArgumentException("Not a BIC: " + bic);
        }
        return normalize(bic).substring(4, 6);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static Set<String> countries() {
        String[] iso = Locale.getISOCountries();
        String[] all = new String[iso.length + 1];
        System.arraycopy(iso, 0, all, 0, iso.length);
        all[iso.length] = "XK";
        return Set.of(all);
    }
}
