package dk.reimbursementdesk.service.demo;

import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.demo.SyntheticLedgerStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fills an empty company ledger (set up by {@code CompanySetupService.initialize}, nothing posted)
 * with reproducible synthetic customers and open transactions, for demonstrations and for measuring
 * the Reimbursement process at scale. The same arguments always give the same ledger.
 *
 * <p>What it makes: four customer groups; customers {@code C000001...} of which about 10% are linked
 * to a vendor of their own ({@code V000001...}, group REFUNDS) and about 4% keep their books in a
 * foreign currency (EUR, or USD when the accounting currency is EUR) with three rates in 2026; per
 * customer {@code transactionsPerCustomer} invoices, payments and credit notes dated 2026-01-02 to
 * 2026-10-31, all of them open, so about 80% of the customers end with a credit balance (of which
 * about a tenth are below a minimum of 100.00) and the rest owe money. Every transaction has its own
 * balanced voucher (AR control against sales, bank or sales returns) in accounting currency at the
 * rate of its date, so the ledger check passes.
 *
 * <p>It writes in one transaction, through {@link SyntheticLedgerStore}: customers and vendors with
 * batched JDBC, transactions staged in chunks and moved into vouchers, voucher lines, customer
 * transactions and their open items with set-based SQL. 100,000 customers with 10 transactions each
 * is about five million rows.
 */
public final class SyntheticLedgerGenerator {

    public record Result(int customers, long transactions) {
    }

    private static final String BUNDLE = "i18n.reimbursement";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 2);
    private static final int DAYS = 303;
    private static final int CHUNK = 50_000;
    private static final String[] GROUPS = {"RETAIL", "WHOLESALE", "PUBLIC", "EXPORT"};
    private static final String[] GROUP_NAMES = {"Retail", "Wholesale", "Public sector", "Export"};
    private static final String[] FIRST = {"Nordisk", "Dansk", "Jysk", "Fynsk", "Sjællands", "Vestjysk", "Aarhus", "Odense",
            "Aalborg", "Esbjerg", "Kolding", "Vejle", "Roskilde", "Skagen", "Bornholms", "Midtjysk"};
    private static final String[] SECOND = {"Kaffe", "Byg", "Cykler", "Blomster", "Maskin", "Tømrer", "Handel", "Design",
            "Bager", "El", "VVS", "Auto", "Trælast", "Papir", "Fisk", "Data", "Møbler", "Tekstil"};
    private static final String[] FORM = {"ApS", "A/S", "I/S", "& Søn", "Holding ApS"};
    private static final String[] BICS = {"DABADKKK", "NDEADKKK", "JYBADKKK", "SYBKDK22", null};

    private final Ledger ledger;

    public SyntheticLedgerGenerator(Ledger ledger) {
        this.ledger = ledger;
    }

    public Result generate(int customers, int transactionsPerCustomer, long seed) {
        if (customers < 1 || transactionsPerCustomer < 1) {
            throw UserException.in(BUNDLE, "synthetic.sizeNotPositive", customers, transactionsPerCustomer);
        }
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            Parameters p = context.parameters();
            long firstVoucher = p.getVoucherSequence().reserve((long) customers * transactionsPerCustomer);
            Setup setup = new Setup(context.accountingCurrencyCode(), context.accountingDecimals(),
                    context.accountingCurrencyCode().equals("EUR") ? "USD" : "EUR",
                    new SyntheticLedgerStore.Postings(p.getArControlAccount().getId(), p.getSalesAccount().getId(),
                            p.getBankAccount().getId(), p.getSalesReturnsAccount().getId(),
                            p.getVoucherSequence().getPrefix(), p.getVoucherSequence().getWidth(), firstVoucher));
            long transactions = new Writer(new SyntheticLedgerStore(work), setup, new SplittableRandom(seed))
                    .write(customers, transactionsPerCustomer);
            work.flush();
            return new Result(customers, transactions);
        });
    }

    private record Setup(String accounting, int accountingDecimals, String foreign, SyntheticLedgerStore.Postings postings) {
    }

    private static final class Writer {
        private final SyntheticLedgerStore store;
        private final Setup s;
        private final SplittableRandom random;
        private final LocalDate[] rateFrom = {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1)};
        private BigDecimal[] rates;
        private int foreignDecimals;

        Writer(SyntheticLedgerStore store, Setup s, SplittableRandom random) {
            this.store = store;
            this.s = s;
            this.random = random;
        }

        long write(int customers, int perCustomer) {
            if (!store.isEmpty()) {
                throw UserException.in(BUNDLE, "synthetic.ledgerNotEmpty");
            }
            rates = s.foreign().equals("EUR")
                    ? new BigDecimal[] {new BigDecimal("7.4600"), new BigDecimal("7.4575"), new BigDecimal("7.4525")}
                    : new BigDecimal[] {new BigDecimal("1.0850"), new BigDecimal("1.0920"), new BigDecimal("1.1010")};
            foreignDecimals = java.util.Currency.getInstance(s.foreign()).getDefaultFractionDigits();
            store.addCurrency(s.foreign(), java.util.Currency.getInstance(s.foreign()).getDisplayName(java.util.Locale.ENGLISH),
                    foreignDecimals);
            for (int i = 0; i < rateFrom.length; i++) {
                store.addRate(s.foreign(), rateFrom[i], rates[i]);
            }
            long[] groupIds = new long[GROUPS.length];
            for (int i = 0; i < GROUPS.length; i++) {
                groupIds[i] = store.customerGroup(GROUPS[i], GROUP_NAMES[i]);
            }
            long vendorGroup = store.vendorGroup("REFUNDS", "Customer refunds");
            LocalDateTime postedAt = LocalDateTime.now().withNano(0);
            int width = Math.max(6, String.valueOf(customers).length());
            SyntheticLedgerStore.LastIds last = store.lastIds();
            long vendorBase = last.vendor();
            long customerBase = last.customer();

            try (SyntheticLedgerStore.Rows rows = store.rows(s.postings(), last, postedAt)) {
                long vendors = 0;
                long sequence = 0;
                long flushedUpTo = 0;
                int[] days = new int[perCustomer];
                for (int i = 1; i <= customers; i++) {
                    String account = "C" + pad(i, width);
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
                            + FORM[random.nextInt(FORM.length)];
                    String iban = danishIban(random.nextLong(10_000_000_000_000L, 100_000_000_000_000L));
                    String bic = BICS[random.nextInt(BICS.length)];
                    boolean foreign = random.nextInt(100) < 4;
                    String currency = foreign ? s.foreign() : s.accounting();
                    int decimals = foreign ? foreignDecimals : s.accountingDecimals();
                    Long vendorId = null;
                    if (random.nextInt(100) < 10) {
                        vendorId = vendorBase + ++vendors;
                        rows.vendor(vendorId, "V" + pad(vendors, width), name, vendorGroup, currency, iban, bic);
                    }
                    long customerId = customerBase + i;
                    rows.customer(customerId, account, name, groupIds[random.nextInt(groupIds.length)], currency, iban, bic,
                            vendorId);

                    for (int k = 0; k < perCustomer; k++) {
                        days[k] = random.nextInt(DAYS);
                    }
                    Arrays.sort(days);
                    boolean credit = random.nextInt(100) < 80;
                    long balance = 0;
                    for (int k = 0; k < perCustomer; k++) {
                        String type;
                        long amount;
                        if (k < perCustomer - 1) {
                            int kind = random.nextInt(100);
                            type = kind < 55 ? "INVOICE" : kind < 90 ? "PAYMENT" : "CREDIT_NOTE";
                            long magnitude = switch (type) {
                                case "INVOICE" -> random.nextLong(100_00, 5_000_00);
                                case "PAYMENT" -> random.nextLong(50_00, 3_000_00);
                                default -> random.nextLong(10_00, 500_00);
                            };
                            amount = type.equals("INVOICE") ? magnitude : -magnitude;
                        } else {
                            // The last one brings the balance to the credit or debit this customer was dealt.
                            long target = credit ? -random.nextLong(1_00, 1_000_00) : random.nextLong(1_00, 1_000_00);
                            amount = target == balance ? -1_00 : target - balance;
                            type = amount > 0 ? "INVOICE" : "PAYMENT";
                        }
                        balance += amount;
                        amount = scale(amount, decimals);
                        LocalDate date = FIRST_DAY.plusDays(days[k]);
                        sequence++;
                        rows.transaction(sequence, customerId, account, type, date,
                                (type.equals("INVOICE") ? "INV-" : type.equals("PAYMENT") ? "PAY-" : "CN-") + pad(sequence, 7),
                                currency, amount, foreign ? convert(amount, date) : amount);
                    }
                    if (sequence - flushedUpTo >= CHUNK || i == customers) {
                        rows.move();
                        flushedUpTo = sequence;
                    }
                }
                return sequence;
            }
        }

        /** Amounts are drawn in hundredths; a currency without decimals takes whole units. */
        private static long scale(long hundredths, int decimals) {
            return decimals >= 2 ? hundredths * (long) Math.pow(10, decimals - 2) : hundredths / (long) Math.pow(10, 2 - decimals);
        }

        private long convert(long amount, LocalDate date) {
            int r = 0;
            for (int i = 0; i < rateFrom.length; i++) {
                if (!rateFrom[i].isAfter(date)) {
                    r = i;
                }
            }
            return ExchangeConversion.toAccountingMinor(amount, foreignDecimals, rates[r], s.accountingDecimals());
        }
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A Danish IBAN with correct mod-97 check digits for a 14-digit bank and account number. */
    static String danishIban(long bban) {
        String digits = pad(bban, 14);
        // Check digits: 98 minus the remainder of BBAN + "DK00" (D=13, K=20) modulo 97.
        String rearranged = digits + "132000";
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            remainder = (remainder * 10 + (rearranged.charAt(i) - '0')) % 97;
        }
        return "DK" + pad(98 - remainder, 2) + digits;
    }
}
