package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.domain.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Remittance advice for a payment batch: one page, a letter, per payment. It goes to the customer
 * behind the reimbursement the payment settles (to the payee named on the payment when it paid no
 * reimbursement), says what was transferred to which account on which day, and lists the
 * reimbursements paid with the customer's credit documents each of them settled.
 *
 * <p>The customer card holds a name and an account number but no postal address, so the address
 * block is the name and the customer number; the letter is meant for a window envelope or an
 * e-mail attachment either way.
 */
final class RemittanceAdvice {

    record Batch(long id, String number, LocalDate paymentDate, String company) {
    }

    /** One payment and the letter's addressee: the customer behind it, or the payee when there is none. */
    record Payment(long id, int lineNo, String creditorName, String iban, String vendorAccount, String currency,
                   BigDecimal amount, String customerAccount, String customerName) {
    }

    /** One invoice a payment settled; {@code reimbursement} is null for an invoice that was not one. */
    record Settled(long paymentId, String invoice, LocalDate invoiceDate, BigDecimal paid, String reimbursement,
                   LocalDate reimbursementDate, List<String> creditDocuments) {
    }

    private final PdfReport pdf;
    private final ReportText text;
    private final ReportFormats formats;

    RemittanceAdvice(PdfReport pdf, ReportFormats formats) {
        this.pdf = pdf;
        this.text = pdf.text();
        this.formats = formats;
    }

    void write(Batch batch, List<Payment> payments, List<Settled> settled) {
        boolean first = true;
        for (Payment payment : payments) {
            if (!first) {
                pdf.newPage();
            }
            first = false;
            letter(batch, payment, settled.stream().filter(s -> s.paymentId() == payment.id()).toList());
        }
    }

    private void letter(Batch batch, Payment payment, List<Settled> invoices) {
        boolean customer = payment.customerAccount() != null;
        List<String[]> address = new ArrayList<>();
        address.add(new String[] {text.text("report.remittance.to"), customer ? payment.customerName() : payment.creditorName()});
        address.add(new String[] {customer ? text.text("report.remittance.customerNo") : text.text("report.remittance.vendorNo"),
                customer ? payment.customerAccount() : payment.vendorAccount()});
        address.add(new String[] {text.text("report.remittance.from"), batch.company()});
        address.add(new String[] {text.text("report.remittance.date"), formats.date(batch.paymentDate())});
        address.add(new String[] {text.text("report.remittance.reference"), batch.number() + "/" + payment.lineNo()});
        pdf.facts(address);
        pdf.title(text.text("report.remittance.title"));
        pdf.paragraph(text.text("report.remittance.greeting", customer ? payment.customerName() : payment.creditorName()));
        pdf.paragraph(text.text("report.remittance.transferred", formats.money(payment.amount(), payment.currency()), Iban.formatted(payment.iban()),
                formats.date(batch.paymentDate())));
        boolean reimbursements = invoices.stream().anyMatch(s -> s.reimbursement() != null);
        pdf.paragraph(text.text(reimbursements ? "report.remittance.forReimbursements" : "report.remittance.forInvoices"));
        PdfTable table = pdf.table(List.of(
                PdfTable.Column.text(text.text("report.col.reimbursement"), 10),
                PdfTable.Column.text(text.text("report.col.date"), 8),
                PdfTable.Column.text(text.text("report.col.creditDocuments"), 22),
                PdfTable.Column.text(text.text("report.col.vendorInvoice"), 10),
                PdfTable.Column.amount(text.text("report.col.paid", payment.currency()), 10)));
        BigDecimal sum = BigDecimal.ZERO.setScale(payment.amount().scale());
        for (Settled s : invoices) {
            table.row(s.reimbursement() == null ? "" : s.reimbursement(),
                    formats.date(s.reimbursementDate() == null ? s.invoiceDate() : s.reimbursementDate()),
                    String.join(", ", s.creditDocuments()), s.invoice(), formats.amount(s.paid()));
            sum = sum.add(s.paid());
        }
        table.totalRow(text.text("report.total"), "", "", "", formats.amount(sum));
        table.finish();
        pdf.paragraph(text.text("report.remittance.closing"));
        pdf.paragraph(batch.company());
    }
}
