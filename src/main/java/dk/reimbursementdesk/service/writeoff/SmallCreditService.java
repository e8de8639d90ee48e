package dk.reimbursementdesk.service.writeoff;

import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.persistence.reimbursement.NumberBlock;
import dk.reimbursementdesk.persistence.writeoff.SmallCreditStore;
import dk.reimbursementdesk.persistence.writeoff.WriteOffPostingStore;
import dk.reimbursementdesk.persistence.writeoff.WriteOffStore;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.service.interchange.SpreadsheetText;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.CurrencyTerms;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small credits (issue 13): credit balances below the minimum reimbursement, which a run never pays
 * out, listed with their age and written off. A write-off posts one voucher per customer and currency
 * (Dr AR control / Cr the small-credit write-off account, with what the credit is open for in the
 * accounting currency, so no exchange result arises) and a WRITE_OFF customer transaction that settles
 * the customer's open items of that currency dated on or before the write-off date, set-based in one
 * transaction after a backup. A reversal undoes one write-off as a reversal undoes a reimbursement.
 */
public final class SmallCreditService {

    /**
     * Which small credits: on {@code date}; of the customers {@code selection} names (null: all); below
     * {@code below} in the accounting currency (null: the minimum reimbursement; never above it, since a
     * credit that reaches the minimum is reimbursed); whose oldest open credit is more than
     * {@code olderThanDays} days old (null: any age).
     */
    public record Query(LocalDate date, Selection selection, BigDecimal below, Integer olderThanDays) {
        public static Query on(LocalDate date) {
            return new Query(date, null, null, null);
        }
    }

    /** A (customer, currency) credit below the minimum; amounts positive. */
    public record SmallCredit(String customer, String name, String currency, BigDecimal credit, BigDecimal creditAcc,
                              LocalDate oldestCredit, long ageDays) {
        public AgeBucket bucket() {
            return AgeBucket.of(ageDays);
        }
    }

    /** The small credits found, and the amount they are below (accounting currency). */
    public record SmallCredits(BigDecimal below, String accountingCurrency, List<SmallCredit> credits) {
    }

    /** One (customer, currency) pair chosen on the screen. */
    public record Key(String customer, String currency) {
    }

    /** A posted write-off. */
    public record Written(String number, String voucher, SmallCredit credit) {
    }

    /** What a write-off posted: every write-off and the total in the accounting currency. */
    public record Result(List<Written> written, BigDecimal totalAcc, String accountingCurrency) {
    }

    /** A reversed write-off and the voucher that reversed it. */
    public record Reversal(String writeOffNumber, String reversalVoucher) {
    }

    /** A write-off as the list and {@code write-offs} show it. */
    public record Row(String number, LocalDate postingDate, String customer, String customerName, String currency,
                      BigDecimal amount, BigDecimal amountAcc, LocalDate oldestCredit, String voucher, String status,
                      String reversalVoucher) {
    }

    /** The columns of {@code write-offs}, in order (a contract: README). */
    public static final List<String> CSV_COLUMNS = List.of("number", "date", "customer", "customer_name", "currency", "amount",
            "amount_acc", "oldest_credit", "voucher", "status", "reversal_voucher");

    /**
     * The columns of the Small credits screen's export, in order: the write-offs' names where they mean
     * the same (customer, customer_name, currency, amount, amount_acc, oldest_credit), then the age.
     */
    public static final List<String> CREDIT_CSV_COLUMNS = List.of("customer", "customer_name", "currency", "amount", "amount_acc",
            "oldest_credit", "age_days", "age_bucket");

    private final Ledger ledger;

    public SmallCreditService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The small credits the query names, by customer account and currency; writes nothing. */
    public SmallCredits list(Query query) {
        LocalDate date = requireDate(query);
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            BigDecimal below = plan(work, context, query, date, null);
            return new SmallCredits(below, context.accountingCurrencyCode(), credits(work, context));
        });
    }

    /**
     * Writes off the small credits the query names (all of them when {@code chosen} is null, else only
     * the chosen pairs among them), in one transaction after a backup. Nothing small: nothing written.
     */
    public Result writeOff(Query query, List<Key> chosen) {
        LocalDate date = requireDate(query);
        Backups.before(ledger, BackupReason.WRITEOFF);
        return ledger.inTransaction(work -> {
            work.lockForPosting("small credit write-off");
            LedgerContext context = LedgerContext.load(work);
            plan(work, context, query, date, chosen);
            List<SmallCredit> credits = credits(work, context);
            if (credits.isEmpty()) {
                return new Result(List.of(), BigDecimal.ZERO.setScale(context.accountingDecimals()), context.accountingCurrencyCode());
            }
            Parameters p = context.parameters();
            if (p.getSmallCreditWriteoffAccount() == null) {
                throw WriteOffText.refusal("writeoff.noAccount");
            }
            WriteOffStore store = new WriteOffStore(work);
            NumberSequence numbers = store.sequence(CompanySetupService.WRITE_OFF_SEQUENCE)
                    .orElseThrow(() -> WriteOffText.refusal("writeoff.noSequence", CompanySetupService.WRITE_OFF_SEQUENCE));
            int n = credits.size();
            WriteOffPostingStore posting = new WriteOffPostingStore(work, new WriteOffPostingStore.Setup(date,
                    LocalDateTime.now().withNano(0), System.getProperty("user.name"), p.getArControlAccount().getId(),
                    p.getSmallCreditWriteoffAccount().getId(), block(work, p.getVoucherSequence(), n), block(work, numbers, n)));
            work.flush();
            posting.post();
            List<String[]> posted = posting.posted(row -> new String[] {row.text("number"), row.text("voucher")});
            List<Written> written = new java.util.ArrayList<>();
            BigDecimal total = BigDecimal.ZERO.setScale(context.accountingDecimals());
            for (int i = 0; i < n; i++) {
                written.add(new Written(posted.get(i)[0], posted.get(i)[1], credits.get(i)));
                total = total.add(credits.get(i).creditAcc());
            }
            AuditLog.append(work, AuditEvent.of("write-off")
                    .parameter("date", date).parameter("below", BigDecimal.valueOf(below(work, context, query), context.accountingDecimals()))
                    .parameter("older-than", query.olderThanDays() == null ? "" : query.olderThanDays())
                    .parameter("chosen", chosen == null ? "all" : String.valueOf(chosen.size()))
                    .selection(customers(query.selection()).describe(java.util.Locale.getDefault()))
                    .count("write-offs", n)
                    .total("acc " + context.accountingCurrencyCode(), total)
                    .created("write-offs", written.get(0).number() + ".." + written.get(n - 1).number())
                    .created("vouchers", written.get(0).voucher() + ".." + written.get(n - 1).voucher()));
            return new Result(List.copyOf(written), total, context.accountingCurrencyCode());
        });
    }

    /**
     * Reverses a write-off on {@code date} (null: its own posting date), as a reimbursement is reversed:
     * a voucher mirroring it, its settlements taken back so the credits are open again exactly as they
     * were, and a WRITE_OFF_REVERSAL transaction settled on the same voucher. Posted rows never change.
     */
    public Reversal reverse(String number, LocalDate date) {
        if (number == null || number.isBlank()) {
            throw WriteOffText.refusal("writeoff.numberRequired");
        }
        Backups.before(ledger, BackupReason.REVERSAL);
        return ledger.inTransaction(work -> {
            work.lockForPosting("write-off reversal");
            return new WriteOffReversal(work, LedgerContext.load(work)).reverse(number.trim(), date);
        });
    }

    /** Whether {@code number} names a write-off (rather than a reimbursement): what {@code reverse} asks first. */
    public boolean isWriteOff(String number) {
        return number != null && ledger.inTransaction(work -> new WriteOffStore(work).byNumber(number.trim()).isPresent());
    }

    /** Every write-off, by number. */
    public List<Row> writeOffs() {
        return ledger.inTransaction(work -> new WriteOffStore(work).list(row -> {
            int decimals = row.integer("decimals");
            int accDecimals = row.integer("acc_decimals");
            return new Row(row.text("number"), row.date("posting_date"), row.text("account"), row.text("name"), row.text("currency"),
                    row.money("amount", decimals), row.money("amount_acc", accDecimals), row.date("oldest_credit"),
                    row.text("voucher"), row.text("status"), row.text("reversal_voucher"));
        }));
    }

    /** {@link #writeOffs} as CSV: the header row ({@link #CSV_COLUMNS}), then one record each, ended by CRLF; returns the records. */
    public int exportCsv(Writer out) throws IOException {
        List<Row> rows = writeOffs();
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(new NonClosing(out),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            csv.printRecord(CSV_COLUMNS);
            for (Row r : rows) {
                csv.printRecord(r.number(), r.postingDate(), r.customer(), r.customerName(), r.currency(), r.amount().toPlainString(),
                        r.amountAcc().toPlainString(), r.oldestCredit(), r.voucher(), r.status(),
                        r.reversalVoucher() == null ? "" : r.reversalVoucher());
            }
        }
        return rows.size();
    }

    /**
     * The small credits {@code query} names as CSV ({@link #CREDIT_CSV_COLUMNS}, CRLF), read in one
     * transaction as {@link #list} reads them; names a spreadsheet would run are quoted. Returns the rows.
     */
    public int exportCreditsCsv(Query query, Writer out) throws IOException {
        List<SmallCredit> credits = list(query).credits();
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(new NonClosing(out),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            csv.printRecord(CREDIT_CSV_COLUMNS);
            for (SmallCredit c : credits) {
                csv.printRecord(c.customer(), SpreadsheetText.cell(c.name()), c.currency(), c.credit().toPlainString(),
                        c.creditAcc().toPlainString(), c.oldestCredit(), c.ageDays(), c.bucket().label());
            }
        }
        return credits.size();
    }

    /** Leaves the caller's writer open when the printer closes. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static BigDecimal plan(UnitOfWork work, LedgerContext context, Query query, LocalDate date, List<Key> chosen) {
        Selection selection = customers(query.selection());
        long minimum = context.parameters().getMinimumReimbursement();
        int accDecimals = context.accountingDecimals();
        long below = minimum;
        if (query.below() != null) {
            BigDecimal amount = query.below();
            if (amount.signum() <= 0) {
                throw WriteOffText.refusal("writeoff.belowNotPositive", amount.toPlainString());
            }
            if (amount.stripTrailingZeros().scale() > accDecimals) {
                throw WriteOffText.refusal("writeoff.belowTooPrecise", amount.toPlainString(), context.accountingCurrencyCode(), accDecimals);
            }
            below = amount.movePointRight(accDecimals).longValueExact();
            if (below > minimum) {
                throw WriteOffText.refusal("writeoff.belowAboveMinimum", amount.toPlainString(),
                        BigDecimal.valueOf(minimum, accDecimals).toPlainString(), context.accountingCurrencyCode());
            }
        }
        if (query.olderThanDays() != null && query.olderThanDays() < 0) {
            throw WriteOffText.refusal("writeoff.olderThanNegative", query.olderThanDays());
        }
        SmallCreditStore store = new SmallCreditStore(work);
        store.credits(selection.fieldCriteria(), date);
        // Per currency the smallest credit that is not small: its conversion at the date's rate reaches
        // the amount. A currency without a rate on the date cannot be measured and keeps none.
        Map<String, Long> thresholds = new TreeMap<>();
        for (Map.Entry<String, Integer> currency : store.creditCurrencies().entrySet()) {
            BigDecimal rate = ExchangeRates.find(work, currency.getKey(), context.accountingCurrencyCode(), date).orElse(null);
            long threshold = below == 0 ? 0
                    : CurrencyTerms.of(currency.getKey(), currency.getValue(), rate, accDecimals, below).threshold();
            thresholds.put(currency.getKey(), threshold == CurrencyTerms.NEVER ? 0 : threshold);
        }
        List<SmallCreditStore.Chosen> picked = chosen == null ? null
                : chosen.stream().map(k -> new SmallCreditStore.Chosen(k.customer(), k.currency())).toList();
        store.filter(thresholds, query.olderThanDays(), date, picked);
        return BigDecimal.valueOf(below, accDecimals);
    }

    /** The amount the query's credits are below, in accounting minor units (checked by {@link #plan} already). */
    private static long below(UnitOfWork work, LedgerContext context, Query query) {
        return query.below() == null ? context.parameters().getMinimumReimbursement()
                : query.below().movePointRight(context.accountingDecimals()).longValueExact();
    }

    private static List<SmallCredit> credits(UnitOfWork work, LedgerContext context) {
        int accDecimals = context.accountingDecimals();
        return new SmallCreditStore(work).rows(row -> new SmallCredit(row.text("account"), row.text("name"), row.text("currency"),
                row.money("credit", row.integer("decimals")), row.money("credit_acc", accDecimals), row.date("oldest"), row.number("age")));
    }

    private static NumberBlock block(UnitOfWork work, NumberSequence sequence, long count) {
        NumberSequence locked = new LedgerStore(work).lockedForNumbers(sequence);
        return new NumberBlock(locked.getPrefix(), locked.getWidth(), locked.reserve(count));
    }

    private static LocalDate requireDate(Query query) {
        if (query == null || query.date() == null) {
            throw WriteOffText.refusal("writeoff.dateRequired");
        }
        return query.date();
    }

    private static Selection customers(Selection selection) {
        if (selection == null) {
            return Selection.all(CustomerQueryFields.CATALOG);
        }
        if (selection.catalog() != CustomerQueryFields.CATALOG) {
            throw WriteOffText.refusal("writeoff.selectionNotCustomers");
        }
        return selection;
    }
}
