package dk.reimbursementdesk.service.payment.status;

import java.util.List;

/**
 * What importing a payment status report did: one line per payment it matched, in file order, and
 * whether the report had been imported before (then nothing changed and the lines are what it said
 * the first time).
 */
public record StatusImport(String messageId, String messageName, String originalMessageId, boolean alreadyImported,
                           String importedAt, List<Line> lines) {

    public StatusImport {
        lines = List.copyOf(lines);
    }

    /** What the report's status did to one payment. */
    public enum Effect {
        /** RJCT: the payment was reversed and its invoices reopened; {@code voucher} names the reversal. */
        REJECTED,
        /** ACCP, ACSC, ACSP, ACWC: the bank confirmed the payment. */
        CONFIRMED,
        /** PDNG: the bank has it but has not decided. */
        PENDING,
        /** The payment already had this status (from an earlier report); nothing was written for it. */
        UNCHANGED
    }

    public record Line(String endToEndId, String status, String reason, Effect effect, String voucher) {
    }

    public long count(Effect effect) {
        return lines.stream().filter(l -> l.effect() == effect).count();
    }
}
