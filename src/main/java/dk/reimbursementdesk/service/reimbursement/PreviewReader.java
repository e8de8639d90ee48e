package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads a built {@link ReimbursementPlan} into the preview's proposals, exclusions and totals. */
final class PreviewReader {

    private final Connection c;
    private final LedgerContext context;
    private final ReimbursementPlan plan;
    private final LocalDate postingDate;
    private final Locale locale;
    private final ReimbursementText.Writer text;

    PreviewReader(Connection c, LedgerContext context, ReimbursementPlan plan, LocalDate postingDate, Locale locale) {
        this.c = c;
        this.context = context;
        this.plan = plan;
        this.postingDate = postingDate;
        this.locale = locale;
        this.text = new ReimbursementText.Writer(locale);
    }

    Preview read() throws SQLException {
        int accDecimals = context.accountingDecimals();
        List<Proposal> proposals = new ArrayList<>();
        Jdbc.query(c, """
                SELECT c.account, c.name, g.currency, cur.decimals, g.credit, g.credit_acc, v.account, src.document
                FROM rb_group g
                JOIN customer c ON c.id = g.customer_id
                JOIN currency cur ON cur.code = g.currency
                LEFT JOIN vendor v ON v.id = g.vendor_id
                LEFT JOIN customer_transaction src ON src.id = g.source_id
                ORDER BY g.grp""", List.of(), rs -> {
            String vendor = rs.getString(7);
            proposals.add(new Proposal(rs.getString(1), rs.getString(2), rs.getString(3),
                    BigDecimal.valueOf(rs.getLong(5), rs.getInt(4)), BigDecimal.valueOf(rs.getLong(6), accDecimals),
                    vendor, vendor == null, rs.getString(8)));
        });

        List<Exclusion> exclusions = new ArrayList<>();
        String noOpenTransactions = text.sentence("exclusion.noOpenTransactions", ReimbursementText.date(locale, postingDate));
        Jdbc.query(c, """
                SELECT c.account, c.name FROM rb_sel s JOIN customer c ON c.id = s.customer_id
                WHERE NOT EXISTS (SELECT 1 FROM rb_bal b WHERE b.customer_id = s.customer_id)""", List.of(),
                rs -> exclusions.add(new Exclusion(rs.getString(1), rs.getString(2), null, ExclusionReason.NO_OPEN_TRANSACTIONS,
                        noOpenTransactions)));
        Jdbc.query(c, """
                SELECT c.account, c.name, b.currency, cur.decimals, b.balance
                FROM rb_bal b JOIN customer c ON c.id = b.customer_id JOIN currency cur ON cur.code = b.currency
                WHERE NOT EXISTS (SELECT 1 FROM rb_group g WHERE g.customer_id = b.customer_id AND g.currency = b.currency)""",
                List.of(), rs -> exclusions.add(exclusion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5))));
        exclusions.sort(Comparator.comparing(Exclusion::customerAccount, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Exclusion::currency, Comparator.nullsFirst(Comparator.naturalOrder())));

        ReimbursementService.Totals totals = ReimbursementService.Totals.read(c, context);
        return new Preview(List.copyOf(proposals), List.copyOf(exclusions), totals.byCurrency(), totals.acc(),
                context.accountingCurrencyCode(), Math.toIntExact(plan.count("rb_newvendor")), Math.toIntExact(plan.count("rb_sel")));
    }

    private Exclusion exclusion(String account, String name, String currency, int decimals, long balance) {
        if (balance >= 0) {
            return new Exclusion(account, name, currency, ExclusionReason.NOT_A_CREDIT, text.sentence(
                    "exclusion.notACredit", currency, text.amount(balance, decimals)));
        }
        CurrencyTerms terms = plan.terms().get(currency);
        if (!terms.hasRate()) {
            return new Exclusion(account, name, currency, ExclusionReason.NO_EXCHANGE_RATE, text.sentence(
                    "exclusion.noExchangeRate", currency, ReimbursementText.date(locale, postingDate)));
        }
        String acc = context.accountingCurrencyCode();
        int accDecimals = context.accountingDecimals();
        String credit = text.amount(-balance, decimals);
        String minimum = text.amount(context.parameters().getMinimumReimbursement(), accDecimals);
        String explanation = currency.equals(acc)
                ? text.sentence("exclusion.belowMinimum", credit, currency, minimum)
                : text.sentence("exclusion.belowMinimumConverted", credit, currency,
                        text.amount(terms.toAccounting(-balance), accDecimals), acc, rate(terms.rate()), minimum);
        return new Exclusion(account, name, currency, ExclusionReason.BELOW_MINIMUM, explanation);
    }

    private String rate(BigDecimal rate) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, rate.scale()));
        format.setMaximumFractionDigits(Math.max(0, rate.scale()));
        return format.format(rate);
    }
}
