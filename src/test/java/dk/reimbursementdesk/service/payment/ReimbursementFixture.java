package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.service.ledger.Amounts;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.Session;

/**
 * Arranges vendor invoices for payment tests: reimbursements through the real Reimbursement run, and
 * plain vendor invoices (Dr opening balance, Cr AP control) for vendors that are not customers.
 */
public final class ReimbursementFixture {

    private ReimbursementFixture() {
    }

    /** A plain vendor invoice (not from a reimbursement): Dr opening balance, Cr AP control. Returns its id. */
    public static long vendorInvoice(Ledger ledger, String vendorAccount, String currencyCode, String amount,
                                     LocalDate date, String document) {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            Vendor vendor = vendor(work.session(), vendorAccount);
            Currency currency = Currencies.require(work, currencyCode);
            long minor = Amounts.requirePositive(new BigDecimal(amount), currency);
            long acc = toAcc(work, context, currency, minor, date);
            Voucher voucher = VoucherPoster.open(work, context, date, "VENDOR INVOICE " + document, null);
            Parameters p = context.parameters();
            voucher.addLine(p.getOpeningBalanceAccount(), acc, 0, currency.getCode(), minor, null);
            voucher.addLine(p.getApControlAccount(), 0, acc, currency.getCode(), -minor, null);
            VendorTransaction invoice = new VendorTransaction(vendor, voucher, VendorTransactionType.INVOICE, date,
                    date.plusDays(14), document, currency.getCode(), -minor, -acc, -minor, -acc);
            work.persist(invoice);
            VoucherPoster.post(work, context, voucher);
            return invoice.getId();
        });
    }

    /**
     * Reimburses the customer's credit balance through the real Reimbursement run (selection: that
     * customer account), and returns the number of the reimbursement made in {@code currencyCode}.
     */
    public static String reimburse(Ledger ledger, String customerAccount, String currencyCode, LocalDate date) {
        Selection selection = Selection.all(CustomerQueryFields.CATALOG)
                .with(CustomerQueryFields.ACCOUNT, Criteria.parse("\"" + customerAccount + "\""));
        RunResult result = new ReimbursementService(ledger)
                .run(new ReimbursementRequest(date, true, selection), RunProgress.NONE);
        if (result.reimbursements() == 0) {
            throw new IllegalStateException(customerAccount + " has no credit to reimburse on " + date);
        }
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                        "select r.number from Reimbursement r where r.customer.account = :a and r.currency = :c order by r.id desc",
                        String.class)
                .setParameter("a", customerAccount).setParameter("c", currencyCode)
                .setMaxResults(1).getSingleResult());
    }

    private static Vendor vendor(Session session, String account) {
        return session.createSelectionQuery("from Vendor where account = :a", Vendor.class)
                .setParameter("a", account).getSingleResult();
    }

    private static long toAcc(UnitOfWork work, LedgerContext context, Currency currency, long minor, LocalDate date) {
        BigDecimal rate = ExchangeRates.require(work, currency.getCode(), context.accountingCurrencyCode(), date);
        return ExchangeConversion.toAccountingMinor(minor, currency.getDecimals(), rate, context.accountingDecimals());
    }
}
