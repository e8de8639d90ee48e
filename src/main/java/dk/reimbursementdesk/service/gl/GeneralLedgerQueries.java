package dk.reimbursementdesk.service.gl;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.gl.CompanyQueries;
import dk.reimbursementdesk.persistence.gl.TrialBalanceQueries;
import dk.reimbursementdesk.persistence.gl.VoucherQueries;
import dk.reimbursementdesk.persistence.gl.VoucherTextMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Read-only general-ledger views for screens: plain SQL shaped for what is shown, paged in SQL, so a
 * ledger with hundreds of thousands of vouchers never loads them all. Amounts come back exact, as
 * BigDecimal with the currency's decimals; no entity leaves this class.
 */
public final class GeneralLedgerQueries {

    /** The largest page a screen may ask for; bigger requests are clamped to keep memory bounded. */
    public static final int MAX_PAGE = 1_000;

    private final Ledger ledger;

    public GeneralLedgerQueries(Ledger ledger) {
        this.ledger = ledger;
    }

    public CompanyInfo companyInfo() {
        return ledger.inTransaction(work -> new CompanyQueries(work)
                .company(row -> new CompanyInfo(row.text("name"), row.text("code"), row.text("accounting_currency"),
                        row.flag("demo")))
                .orElseThrow(() -> new UserException("company.notSetUp")));
    }

    /** The vouchers matching {@code query}, in number order, {@code limit} rows from {@code offset}. */
    public VoucherPage vouchers(VoucherQuery query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        int start = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return ledger.inTransaction(work -> {
            Accounting accounting = accounting(work);
            // One row past the page tells whether a next page exists, without counting the whole ledger.
            // The text is searched as the user reads it, in the language the rows are rendered in.
            Locale locale = Locale.getDefault();
            VoucherTextMatch match = query.text() == null || query.text().isBlank() ? null : VoucherTextSearch.of(query.text(), locale);
            List<VoucherRow> rows = new VoucherQueries(work).page(match, query.from(), query.to(), start, size + 1,
                    row -> new VoucherRow(row.number("id"), row.text("number"), row.date("posting_date"),
                            VoucherText.render(row.text("description"), row.flag("vendor_side"), locale),
                            row.money("total_debit", accounting.decimals()),
                            row.text("reverses_number")));
            boolean hasMore = rows.size() > size;
            List<VoucherRow> page = hasMore ? rows.subList(0, size) : rows;
            return new VoucherPage(page, start, size, hasMore, accounting.currency());
        });
    }

    /** The lines of one voucher in the order they were posted. */
    public List<VoucherLineRow> voucherLines(long voucherId) {
        return ledger.inTransaction(work -> {
            Accounting accounting = accounting(work);
            return new VoucherQueries(work).lines(voucherId, row -> new VoucherLineRow(row.text("account_number"),
                    row.text("account_name"), row.money("debit", accounting.decimals()),
                    row.money("credit", accounting.decimals()), row.text("currency"),
                    row.money("amount", row.integer("decimals")), row.text("description")));
        });
    }

    /** Every ledger account (also those without postings) with its sums of lines dated on or before {@code asOf}. */
    public TrialBalance trialBalance(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return ledger.inTransaction(work -> {
            Accounting accounting = accounting(work);
            int decimals = accounting.decimals();
            List<TrialBalanceRow> rows = new TrialBalanceQueries(work).accounts(asOf, row -> {
                long debit = row.number("debit");
                long credit = row.number("credit");
                return new TrialBalanceRow(row.text("number"), row.text("name"), BigDecimal.valueOf(debit, decimals),
                        BigDecimal.valueOf(credit, decimals), BigDecimal.valueOf(debit - credit, decimals));
            });
            BigDecimal totalDebit = rows.stream().map(TrialBalanceRow::debit).reduce(BigDecimal.ZERO.setScale(decimals), BigDecimal::add);
            BigDecimal totalCredit = rows.stream().map(TrialBalanceRow::credit).reduce(BigDecimal.ZERO.setScale(decimals), BigDecimal::add);
            return new TrialBalance(asOf, accounting.currency(), rows, totalDebit, totalCredit);
        });
    }

    private record Accounting(String currency, int decimals) {
    }

    private static Accounting accounting(UnitOfWork work) {
        return new CompanyQueries(work)
                .accountingCurrency(row -> new Accounting(row.text("currency"), row.integer("decimals")))
                .orElseThrow(() -> new UserException("company.notSetUp"));
    }
}
