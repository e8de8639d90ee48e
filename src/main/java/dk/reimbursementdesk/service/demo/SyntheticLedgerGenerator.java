package dk.reimbursementdesk.service.demo;

import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * <p>It writes in one transaction: customers and vendors with batched JDBC, transactions staged in a
 * temporary table in chunks and moved into vouchers, voucher lines, customer transactions and their
 * open items with set-based SQL. 100,000 customers with 10 transactions each is about five million rows.
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
        return ledger.inSessionTransaction(session -> {
            LedgerContext context = LedgerContext.load(session);
            Parameters p = context.parameters();
            long firstVoucher = p.getVoucherSequence().reserve((long) customers * transactionsPerCustomer);
            Setup setup = new Setup(context.accountingCurrencyCode(), context.accountingDecimals(),
                    context.accountingCurrencyCode().equals("EUR") ? "USD" : "EUR",
                    p.getArControlAccount().getId(), p.getSalesAccount().getId(), p.getBankAccount().getId(),
                    p.getSalesReturnsAccount().getId(), p.getVoucherSequence().getPrefix(), p.getVoucherSequence().getWidth(),
                    firstVoucher);
            long transactions = session.doReturningWork(c -> new Writer(c, setup, new SplittableRandom(seed))
                    .write(customers, transactionsPerCustomer));
            session.flush();
            return new Result(customers, transactions);
        });
    }

    private record Setup(String accounting, int accountingDecimals, String foreign, long ar, long sales, long bank, long returns,
                         String voucherPrefix, int voucherWidth, long firstVoucher) {
    }

    private static final class Writer {
        private final Connection c;
        private final Setup s;
        private final SplittableRandom random;
        private final LocalDate[] rateFrom = {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1)};
        private BigDecimal[] rates;
        private int foreignDecimals;

        Writer(Connection c, Setup s, SplittableRandom random) {
            this.c = c;
            this.s = s;
            this.random = random;
        }

        long write(int customers, int perCustomer) throws SQLException {
            requireEmpty();
            rates = s.foreign().equals("EUR")
                    ? new BigDecimal[] {new BigDecimal("7.4600"), new BigDecimal("7.4575"), new BigDecimal("7.4525")}
                    : new BigDecimal[] {new BigDecimal("1.0850"), new BigDecimal("1.0920"), new BigDecimal("1.1010")};
            foreignDecimals = java.util.Currency.getInstance(s.foreign()).getDefaultFractionDigits();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT OR IGNORE INTO currency (code, name, decimals) VALUES ('" + s.foreign() + "', '"
                        + java.util.Currency.getInstance(s.foreign()).getDisplayName(java.util.Locale.ENGLISH) + "', " + foreignDecimals + ")");
                for (int i = 0; i < rateFrom.length; i++) {
                    st.executeUpdate("INSERT OR IGNORE INTO exchange_rate (currency, valid_from, rate) VALUES ('" + s.foreign() + "', '"
                            + rateFrom[i] + "', '" + rates[i].toPlainString() + "')");
                }
                for (int i = 0; i < GROUPS.length; i++) {
                    st.executeUpdate("INSERT OR IGNORE INTO customer_group (code, name) VALUES ('" + GROUPS[i] + "', '" + GROUP_NAMES[i] + "')");
                }
                st.executeUpdate("INSERT OR IGNORE INTO vendor_group (code, name) VALUES ('REFUNDS', 'Customer refunds')");
            }
            long[] groupIds = new long[GROUPS.length];
            for (int i = 0; i < GROUPS.length; i++) {
                groupIds[i] = single("SELECT id FROM customer_group WHERE code = '" + GROUPS[i] + "'");
            }
            long vendorGroup = single("SELECT id FROM vendor_group WHERE code = 'REFUNDS'");
            String postedAt = LocalDateTime.now().withNano(0).toString();
            int width = Math.max(6, String.valueOf(customers).length());
            long voucherBase = single("SELECT coalesce(max(id), 0) FROM voucher");
            long transactionBase = single("SELECT coalesce(max(id), 0) FROM customer_transaction");
            long vendorBase = single("SELECT coalesce(max(id), 0) FROM vendor");
            long customerBase = single("SELECT coalesce(max(id), 0) FROM customer");

            // Transactions are staged in a temporary table and moved by four set-based statements per
            // chunk (vouchers, their lines, the transactions, their open items): far fewer JDBC calls
            // than a row per table.
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS temp.gen_tx");
                st.execute("CREATE TEMP TABLE gen_tx (seq INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, account TEXT NOT NULL, "
                        + "type TEXT NOT NULL, day TEXT NOT NULL, document TEXT NOT NULL, currency TEXT NOT NULL, "
                        + "amount INTEGER NOT NULL, amount_acc INTEGER NOT NULL)");
            }
            try (PreparedStatement vendor = c.prepareStatement(
                         "INSERT INTO vendor (id, account, name, group_id, currency, iban, bic, one_time) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement customer = c.prepareStatement(
                         "INSERT INTO customer (id, account, name, group_id, currency, iban, bic, vendor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement staged = c.prepareStatement("INSERT INTO gen_tx VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 Mover mover = new Mover(c, s, voucherBase, transactionBase, postedAt)) {
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
                        vendor.setLong(1, vendorId);
                        vendor.setString(2, "V" + pad(vendors, width));
                        vendor.setString(3, name);
                        vendor.setLong(4, vendorGroup);
                        vendor.setString(5, currency);
                        vendor.setString(6, iban);
                        vendor.setString(7, bic);
                        vendor.addBatch();
                    }
                    long customerId = customerBase + i;
                    customer.setLong(1, customerId);
                    customer.setString(2, account);
                    customer.setString(3, name);
                    customer.setLong(4, groupIds[random.nextInt(groupIds.length)]);
                    customer.setString(5, currency);
                    customer.setString(6, iban);
                    customer.setString(7, bic);
                    if (vendorId == null) {
                        customer.setNull(8, java.sql.Types.INTEGER);
                    } else {
                        customer.setLong(8, vendorId);
                    }
                    customer.addBatch();

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
                        staged.setLong(1, sequence);
                        staged.setLong(2, customerId);
                        staged.setString(3, account);
                        staged.setString(4, type);
                        staged.setString(5, date.toString());
                        staged.setString(6, (type.equals("INVOICE") ? "INV-" : type.equals("PAYMENT") ? "PAY-" : "CN-") + pad(sequence, 7));
                        staged.setString(7, currency);
                        staged.setLong(8, amount);
                        staged.setLong(9, foreign ? convert(amount, date) : amount);
                        staged.addBatch();
                    }
                    if (sequence - flushedUpTo >= CHUNK || i == customers) {
                        // Parents first: the foreign keys are checked row by row.
                        vendor.executeBatch();
                        customer.executeBatch();
                        staged.executeBatch();
                        mover.move();
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

        private void requireEmpty() throws SQLException {
            if (single("SELECT count(*) FROM customer") > 0 || single("SELECT count(*) FROM voucher") > 0) {
                throw UserException.in(BUNDLE, "synthetic.ledgerNotEmpty");
            }
        }

        private long single(String sql) throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Moves the staged transactions into the ledger: a voucher with two lines, the transaction and its open item each. */
    private static final class Mover implements AutoCloseable {
        private final PreparedStatement vouchers;
        private final PreparedStatement lines;
        private final PreparedStatement transactions;
        private final PreparedStatement openItems;
        private final Statement clear;

        Mover(Connection c, Setup s, long voucherBase, long transactionBase, String postedAt) throws SQLException {
            vouchers = c.prepareStatement("INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                    + "SELECT " + voucherBase + " + seq, ? || printf('%0" + s.voucherWidth() + "d', " + s.firstVoucher() + " + seq - 1), "
                    + "day, type || ' ' || document || ' ' || account, NULL, ? FROM gen_tx ORDER BY seq");
            vouchers.setString(1, s.voucherPrefix());
            vouchers.setString(2, postedAt);
            // AR control against sales (invoice), bank (payment) or sales returns (credit note); debits positive.
            lines = c.prepareStatement("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                    + "SELECT " + voucherBase + " + seq, " + s.ar() + ", max(amount_acc, 0), max(-amount_acc, 0), currency, amount, NULL "
                    + "FROM gen_tx UNION ALL "
                    + "SELECT " + voucherBase + " + seq, CASE type WHEN 'INVOICE' THEN " + s.sales() + " WHEN 'PAYMENT' THEN " + s.bank()
                    + " ELSE " + s.returns() + " END, max(-amount_acc, 0), max(amount_acc, 0), currency, -amount, NULL FROM gen_tx");
            transactions = c.prepareStatement("INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, "
                    + "due_date, document, currency, amount, amount_acc) "
                    + "SELECT " + transactionBase + " + seq, customer_id, " + voucherBase + " + seq, type, day, "
                    + "CASE WHEN type = 'INVOICE' THEN date(day, '+30 days') END, document, currency, amount, amount_acc "
                    + "FROM gen_tx ORDER BY seq");
            // Every transaction is open for all of it (one that scaled to zero in a currency without
            // decimals is closed: it has no open item). seq runs customer by customer, each customer in
            // one currency, so seq order is the open items' key order and every insert appends.
            openItems = c.prepareStatement("INSERT INTO customer_open_item (customer_id, currency, transaction_id, "
                    + "transaction_date, open_amount, open_amount_acc) "
                    + "SELECT customer_id, currency, " + transactionBase + " + seq, day, amount, amount_acc "
                    + "FROM gen_tx WHERE amount <> 0 ORDER BY seq");
            clear = c.createStatement();
        }

        void move() throws SQLException {
            vouchers.executeUpdate();
            lines.executeUpdate();
            transactions.executeUpdate();
            openItems.executeUpdate();
            clear.executeUpdate("DELETE FROM gen_tx");
        }

        @Override
        public void close() throws SQLException {
            vouchers.close();
            lines.close();
            transactions.close();
            openItems.close();
            clear.close();
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
