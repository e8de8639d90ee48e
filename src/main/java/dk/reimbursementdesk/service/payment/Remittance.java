package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.service.payment.pain.EpcText;
import dk.reimbursementdesk.service.payment.pain.Pain001Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one remittance line ({@code Ustrd}, at most 140 characters as the file writes it, after the EPC
 * transliteration) a payment carries, never cut inside a reference. The rule, tried in order until it
 * fits: every reimbursement and invoice listed ("Refund RB-000001, RB-000002; Invoice B-77"); the
 * invoices as their first and last with a count ("Invoice B-1..B-9 (9)"); the reimbursements so
 * too ("Refund RB-000001..RB-000018 (18)"); then counts alone. The full list is on the remittance
 * advice.
 */
final class Remittance {

    private Remittance() {
    }

    static String text(Locale locale, List<String> reimbursements, List<String> documents) {
        List<String> refunds = reimbursements.stream().distinct().toList();
        List<String> invoices = documents.stream().distinct().toList();
        for (int step = 0; step < 4; step++) {
            List<String> parts = new ArrayList<>(2);
            if (!refunds.isEmpty()) {
                parts.add(part(locale, "payment.remittance.reimbursements", refunds, step >= 2 ? (step >= 3 ? 2 : 1) : 0));
            }
            if (!invoices.isEmpty()) {
                parts.add(part(locale, "payment.remittance.invoices", invoices, step >= 1 ? (step >= 3 ? 2 : 1) : 0));
            }
            String text = String.join("; ", parts);
            if (EpcText.length(text) <= Pain001Writer.MAX_REMITTANCE_LENGTH || step == 3) {
                return text;
            }
        }
        throw new AssertionError();
    }

    /** 0: every reference; 1: first..last (count); 2: the count alone. A single reference is always itself. */
    private static String part(Locale locale, String key, List<String> references, int form) {
        if (references.size() == 1 || form == 0) {
            return PaymentMessages.text(locale, key, String.join(", ", references));
        }
        if (form == 1) {
            return PaymentMessages.text(locale, key + ".range", references.get(0), references.get(references.size() - 1),
                    references.size());
        }
        return PaymentMessages.text(locale, key + ".count", references.size());
    }
}
