package dk.reimbursementdesk.service.payment.pain;

/**
 * A text as the payment file carries it: whitespace runs as one space, the characters XML cannot
 * carry as spaces, cut to a schema limit. Its own class because both passes need the same answer:
 * the checks ask whether a name would be written empty and name the payment as the file shows it,
 * and {@link Pain001Document} writes every name and remittance line through it.
 */
final class FileText {

    private FileText() {
    }

    /**
     * Whitespace runs (line breaks from a notes field, tabs) become one space, and characters XML
     * cannot carry become spaces too; then the text is cut to the limit, counting characters as the
     * schema does (code points, so an emoji is never split in half).
     */
    static String clean(String text, int maxLength) {
        String cleaned = EpcText.rewrite(text, (cp, next) ->
                Character.isWhitespace(cp) || Character.isSpaceChar(cp) || !isXmlChar(cp) || Character.isISOControl(cp)
                        ? null : new String(Character.toChars(cp)));
        if (cleaned.codePointCount(0, cleaned.length()) <= maxLength) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength)).stripTrailing();
    }

    /** Blank as the file would show it: a name of only control characters would be written empty. */
    static boolean isBlank(String s) {
        return clean(s, Integer.MAX_VALUE).isEmpty();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
