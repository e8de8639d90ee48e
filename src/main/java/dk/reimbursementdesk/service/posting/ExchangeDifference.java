package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.LedgerAccount;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.service.ledger.LedgerContext;

/**
 * Books the accounting-currency residue of a settlement on the settling voucher. The open items of a
 * subledger fell by {@code residue}, so its control account (AR or AP) must fall by the same: against
 * realized exchange loss when the residue is positive, gain when it is negative. Both subledgers share
 * this one rule.
 */
final class ExchangeDifference {

    private ExchangeDifference() {
    }

    static void post(LedgerContext context, Voucher voucher, LedgerAccount control, long residue) {
        if (residue == 0) {
            return;
        }
        Parameters p = context.parameters();
        String acc = context.accountingCurrencyCode();
        if (residue > 0) {
            voucher.addLine(p.getFxLossAccount(), residue, 0, acc, residue, null);
            voucher.addLine(control, 0, residue, acc, -residue, null);
        } else {
            voucher.addLine(control, -residue, 0, acc, -residue, null);
            voucher.addLine(p.getFxGainAccount(), 0, -residue, acc, residue, null);
        }
    }
}
