package dk.reimbursementdesk.service.gl;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A voucher's text as the user reads it. Postings write their text as a code, the reference and the
 * account ({@code CREDIT_NOTE CN-3001 C0002}): the same in every ledger and never changed once posted.
 * Here, at display time, a text of that form becomes a sentence in the reader's language ("Credit
 * note CN-3001, customer C0002", "Kreditnota CN-3001, debitor C0002"); any other text (a journal's, an
 * import's) is shown as it was written.
 */
public final class VoucherText {

    private static final String BUNDLE = "i18n.vouchertext";
    private static final Set<String> CODES = Set.of("INVOICE", "PAYMENT", "CREDIT_NOTE", "REIMBURSEMENT",
            "REIMBURSEMENT_REVERSAL", "WRITE_OFF", "WRITE_OFF_REVERSAL", "PAYMENT_REJECTED");

    private VoucherText() {
    }

    /**
     * {@code posted} in {@code locale}. {@code vendor} tells a vendor payment's voucher ({@code PAYMENT
     * <end-to-end id> <vendor>}) from a customer's payment ({@code PAYMENT <document> <customer>}), which
     * look alike.
     */
    public static String render(String posted, boolean vendor, Locale locale) {
        if (posted == null) {
            return "";
        }
        int first = posted.indexOf(' ');
        int last = posted.lastIndexOf(' ');
        if (first <= 0 || last <= first + 1 || last == posted.length() - 1) {
            return posted;
        }
        String code = posted.substring(0, first);
        if (!CODES.contains(code)) {
            return posted;
        }
        String reference = posted.substring(first + 1, last).trim();
        String account = posted.substring(last + 1);
        return format(code, vendor, locale, reference, account);
    }

    /** One code's sentence with its two values filled in: the reference ({0}) and the account ({1}). */
    private static String format(String code, boolean vendor, Locale locale, String reference, String account) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "voucher." + code + (code.equals("PAYMENT") && vendor ? ".vendor" : "");
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {reference, account});
    }

    /** The codes whose texts are shown as sentences. */
    static Set<String> codes() {
        return CODES;
    }

    /**
     * Every sentence a posted text can become in {@code locale}, with {@link #REFERENCE} and
     * {@link #ACCOUNT} where the values go: the same bundle and formatting as {@link #render}, so the
     * search ({@link VoucherTextSearch}) reads exactly what the list shows.
     */
    static List<Sentence> sentences(Locale locale) {
        List<Sentence> sentences = new ArrayList<>();
        for (String code : CODES) {
            boolean payment = code.equals("PAYMENT");
            sentences.add(new Sentence(code, payment ? Boolean.FALSE : null,
                    format(code, false, locale, String.valueOf(REFERENCE), String.valueOf(ACCOUNT))));
            if (payment) {
                sentences.add(new Sentence(code, Boolean.TRUE, format(code, true, locale, String.valueOf(REFERENCE), String.valueOf(ACCOUNT))));
            }
        }
        return sentences;
    }

    /** Marks where a sentence holds its reference and its account; no bundle text has these characters. */
    static final char REFERENCE = '\u0000';
    static final char ACCOUNT = '\u0001';

    /** One code's sentence; {@code vendorSide} null when it reads the same on either side. */
    record Sentence(String code, Boolean vendorSide, String text) {
    }
}
