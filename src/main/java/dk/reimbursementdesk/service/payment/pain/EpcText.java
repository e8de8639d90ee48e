package dk.reimbursementdesk.service.payment.pain;

import java.text.Normalizer;
import java.util.Map;

/**
 * The EPC's basic Latin character set, the only one every bank on the way must carry:
 * {@code a-z A-Z 0-9 space / - ? : ( ) . , ' +}. Every text field of a payment file (names and the
 * remittance text; references are refused outside it) is put into it here, in the file only: the
 * ledger keeps the names as they were typed.
 *
 * <p>The transliteration, in order: the letters of the table below are written as their spelled-out
 * form (æ ae, ø oe, å aa, ä ae, ö oe, ü ue, ß ss, œ oe, þ th, ð d, ł l, đ d; a capital's second
 * letter is small before a small letter: Østergård becomes Oestergaard, ØRSTED OERSTED); any other
 * letter with accents loses them (é e, ñ n, č c, ō o); the typographic quotes and dashes and
 * {@code &} become {@code ' - +}; whitespace and any other punctuation or symbol become a space (one
 * between words); what is left (letters of other scripts, emoji) is dropped.
 */
public final class EpcText {

    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'ø', "oe"), Map.entry((int) 'Ø', "OE"),
            Map.entry((int) 'å', "aa"), Map.entry((int) 'Å', "AA"),
            Map.entry((int) 'ä', "ae"), Map.entry((int) 'Ä', "AE"),
            Map.entry((int) 'ö', "oe"), Map.entry((int) 'Ö', "OE"),
            Map.entry((int) 'ü', "ue"), Map.entry((int) 'Ü', "UE"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) '&', "+"),
            Map.entry((int) '"', "'"), Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"),
            Map.entry((int) '“', "'"), Map.entry((int) '”', "'"), Map.entry((int) '´', "'"), Map.entry((int) '`', "'"),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '‐', "-"), Map.entry((int) '_', "-"));

    private EpcText() {
    }

    /** Whether the character is in the EPC set. */
    public static boolean isAllowed(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || " /-?:().,'+".indexOf(cp) >= 0;
    }

    /** The text in the EPC set, words separated by one space, no space at either end; null becomes "". */
    public static String of(String text) {
        // Most names and every remittance line are already in the set: kept as they are without
        // rewriting them a character at a time (72,000 of each in a file, read twice).
        return text != null && isPlain(text) ? text : rewrite(text, EpcText::replacement);
    }

    /** Only allowed characters, one space between words and none at either end: what {@link #rewrite} would return unchanged. */
    private static boolean isPlain(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == last || text.charAt(i - 1) == ' ' : !isAllowed(c)) {
                return false;
            }
        }
        return true;
    }

    /** What one character becomes, given the one after it (-1 at the end): itself, other text, "" (dropped) or null (a space). */
    @FunctionalInterface
    interface CharacterRule {
        String replace(int cp, int next);
    }

    /** The text rewritten character by character; the spaces a rule asks for are one between words and none at the ends. */
    static String rewrite(String text, CharacterRule rule) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String replacement = rule.replace(cp, i < text.length() ? text.codePointAt(i) : -1);
            if (replacement == null) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (replacement.isEmpty()) {
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(replacement);
        }
        return sb.toString();
    }

    /** How many characters the text takes in the file (after {@link #of}). */
    public static int length(String text) {
        return of(text).length();
    }

    /** What one character becomes: itself, its spelled-out form, "" (dropped), or null (a space). */
    private static String replacement(int cp, int next) {
        if (cp == ' ') {
            return null;
        }
        if (isAllowed(cp)) {
            return new String(Character.toChars(cp));
        }
        String spelled = SPELLED.get(cp);
        if (spelled != null) {
            boolean capitalBeforeSmall = spelled.length() == 2 && Character.isUpperCase(cp) && next >= 0
                    && Character.isLowerCase(next);
            return capitalBeforeSmall ? spelled.charAt(0) + spelled.substring(1).toLowerCase() : spelled;
        }
        if (Character.isLetterOrDigit(cp)) {
            String stripped = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return stripped.chars().allMatch(EpcText::isAllowed) ? stripped : "";
        }
        int type = Character.getType(cp);
        boolean separator = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL;
        return separator ? null : "";
    }
}
