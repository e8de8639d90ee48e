package dk.reimbursementdesk.service.gl;

import java.util.List;

/**
 * One page of vouchers in number order, starting at {@code offset}; {@code hasMore} tells whether
 * rows follow, so a screen can page without counting every voucher in the ledger.
 */
public record VoucherPage(List<VoucherRow> rows, int offset, int limit, boolean hasMore, String accountingCurrency) {

    public VoucherPage {
        rows = List.copyOf(rows);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
