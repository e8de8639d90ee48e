package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.payment.Concatenated;
import dk.reimbursementdesk.persistence.payment.OpenInvoiceQueries;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import java.util.List;
import java.util.Locale;

/** Open vendor invoices shaped for the screen and the proposal, each with why its vendor cannot be paid, if so. */
final class OpenInvoiceReader {

    private OpenInvoiceReader() {
    }

    static List<OpenInvoice> read(UnitOfWork work, Locale locale, OpenInvoiceQuery query) {
        return new OpenInvoiceQueries(work).matching(PaymentPlan.filter(query), row -> invoice(row, locale));
    }

    static List<OpenInvoice> page(UnitOfWork work, Locale locale, OpenInvoiceQuery query, int offset, int limit) {
        return new OpenInvoiceQueries(work).page(PaymentPlan.filter(query), offset, limit, row -> invoice(row, locale));
    }

    static OpenInvoiceSummary summary(UnitOfWork work, OpenInvoiceQuery query) {
        record Total(long invoices, Money owed) {
        }
        List<Total> totals = new OpenInvoiceQueries(work).totals(PaymentPlan.filter(query), row -> new Total(row.number("invoices"),
                Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals"))));
        return new OpenInvoiceSummary(totals.stream().mapToLong(Total::invoices).sum(), totals.stream().map(Total::owed).toList());
    }

    private static OpenInvoice invoice(Row row, Locale locale) {
        String account = row.text("vendor_account");
        String name = row.text("vendor_name");
        String iban = row.text("iban");
        String bic = row.text("bic");
        return new OpenInvoice(row.number("id"), account, name, row.text("vendor_group"), iban, bic, row.text("document"),
                row.date("transaction_date"), row.date("due_date"),
                Money.ofMinor(row.number("open_amount"), row.text("currency"), row.integer("decimals")),
                Concatenated.texts(row, "reimbursements"), row.text("customer_account"), row.text("customer_name"),
                BankAccountCheck.vendorProblem(locale, account, name, iban, bic),
                row.integer("rejected_by_bank") == 0 ? "" : BankStatusText.shownRejection(locale, row.text("bank_reason")));
    }
}
