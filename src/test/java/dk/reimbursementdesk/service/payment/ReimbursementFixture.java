package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.CustomerTransaction;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.ReimbursementRun;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.Amounts;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.CustomerLedgerWriter;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.Session;

/**
 * Test-only stand-in for the Reimbursement run (built on another branch): posts vendor invoices the
 * way the run will, so payments can be tested against consistent rows. A reimbursement clears the
 * customer's open credits in one currency with a REIMBURSEMENT transaction (Dr AR control), creates
 * the vendor invoice on the customer's vendor or a new one-time vendor (Cr AP control), and records
 * the run and the reimbursement. The ledger check passes after each call.
 */
public final class ReimbursementFixture {

    private ReimbursementFixture() {
    }

    /** A plain vendor invoice (not from a reimbursement): Dr opening balance, Cr AP control. Returns its id. */
    public static long vendorInvoice(Ledger ledger, String vendorAccount, String currencyCode, String amount,
                                     LocalDate date, String document) {
        return ledger.inTransaction(session -> {
            LedgerContext context = LedgerContext.load(session);
            Vendor vendor = vendor(session, vendorAccount);
            Currency currency = Currencies.require(session, currencyCode);
            long minor = Amounts.requirePositive(new BigDecimal(amount), currency);
            long acc = toAcc(session, context, currency, minor, date);
            Voucher voucher = VoucherPoster.open(session, context, date, "VENDOR INVOICE " + document, null);
            Parameters p = context.parameters();
            voucher.addLine(p.getOpeningBalanceAccount(), acc, 0, currency.getCode(), minor, null);
            voucher.addLine(p.getApControlAccount(), 0, acc, currency.getCode(), -minor, null);
            VendorTransaction invoice = new VendorTransaction(vendor, voucher, VendorTransactionType.INVOICE, date,
                    date.plusDays(14), document, currency.getCode(), -minor, -acc, -minor, -acc);
            session.persist(invoice);
            VoucherPoster.post(session, context, voucher);
            return invoice.getId();
        });
    }

    /** Reimburses the customer's whole credit balance in {@code currencyCode}; returns the reimbursement number. */
    public static String reimburse(Ledger ledger, String customerAccount, String currencyCode, LocalDate date) {
        return ledger.inTransaction(session -> {
            LedgerContext context = LedgerContext.load(session);
            Parameters p = context.parameters();
            Customer customer = session.createSelectionQuery("from Customer where account = :a", Customer.class)
                    .setParameter("a", customerAccount).getSingleResult();
            Currency currency = Currencies.require(session, currencyCode);
            List<CustomerTransaction> credits = session.createSelectionQuery("""
                            from CustomerTransaction t where t.customer = :c and t.currency = :cur and t.openAmount < 0
                            order by t.transactionDate, t.id""", CustomerTransaction.class)
                    .setParameter("c", customer).setParameter("cur", currency.getCode()).getResultList();
            long amount = -credits.stream().mapToLong(CustomerTransaction::getOpenAmount).sum();
            if (amount <= 0) {
                throw new IllegalStateException(customerAccount + " has no credit in " + currencyCode);
            }
            long acc = toAcc(session, context, currency, amount, date);
            String number = p.getReimbursementSequence().next();
            boolean created = false;
            Vendor vendor = customer.getVendor();
            if (vendor == null) {
                vendor = new Vendor(p.getOneTimeVendorSequence().next(), customer.getName(), p.getOneTimeVendorGroup(),
                        customer.getCurrency(), customer.getIban(), customer.getBic(), true);
                session.persist(vendor);
                customer.setVendor(vendor);
                created = true;
            }
            Voucher voucher = VoucherPoster.open(session, context, date, "REIMBURSEMENT " + number + " " + customerAccount, null);
            voucher.addLine(p.getArControlAccount(), acc, 0, currency.getCode(), amount, null);
            voucher.addLine(p.getApControlAccount(), 0, acc, currency.getCode(), -amount, null);
            CustomerTransaction reimbursement = CustomerLedgerWriter.add(session, voucher, customer,
                    CustomerTransactionType.REIMBURSEMENT, date, null, number, currency.getCode(), amount, acc);
            long residue = 0;
            for (CustomerTransaction credit : credits) {
                residue += CustomerLedgerWriter.settlePair(session, voucher, reimbursement, credit, -credit.getOpenAmount());
            }
            CustomerLedgerWriter.postExchangeDifference(context, voucher, residue);
            VendorTransaction invoice = new VendorTransaction(vendor, voucher, VendorTransactionType.INVOICE, date, date,
                    number, currency.getCode(), -amount, -acc, -amount, -acc);
            session.persist(invoice);
            ReimbursementRun run = new ReimbursementRun(date, false, "Customer account is " + customerAccount,
                    LocalDateTime.of(date, java.time.LocalTime.NOON));
            run.recordResult(1, created ? 1 : 0);
            session.persist(run);
            session.persist(new Reimbursement(number, run, customer, vendor, currency.getCode(), amount, acc, date,
                    voucher, reimbursement, invoice, null));
            VoucherPoster.post(session, context, voucher);
            return number;
        });
    }

    private static Vendor vendor(Session session, String account) {
        return session.createSelectionQuery("from Vendor where account = :a", Vendor.class)
                .setParameter("a", account).getSingleResult();
    }

    private static long toAcc(Session session, LedgerContext context, Currency currency, long minor, LocalDate date) {
        BigDecimal rate = ExchangeRates.require(session, currency.getCode(), context.accountingCurrencyCode(), date);
        return ExchangeConversion.toAccountingMinor(minor, currency.getDecimals(), rate, context.accountingDecimals());
    }
}
