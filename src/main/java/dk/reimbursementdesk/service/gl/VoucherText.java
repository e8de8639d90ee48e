package dk.reimbursementdesk.service.gl;

import java.text.MessageFormat;
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
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "voucher." + code + (code.equals("PAYMENT") && vendor ? ".vendor" : "");
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {reference, account});
    }
}
