package dk.reimbursementdesk.service.gl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Every ledger account's debit, credit and balance as of a date, with the column totals. */
public record TrialBalance(LocalDate asOf, String accountingCurrency, List<TrialBalanceRow> rows,
                           BigDecimal totalDebit, BigDecimal totalCredit) {

    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /** True when the ledger's debits equal its credits, as they must. */
    public boolean balances() {
        return totalDebit.compareTo(totalCredit) == 0;
    }

    public BigDecimal totalBalance() {
        return totalDebit.subtract(totalCredit);
    }
}
