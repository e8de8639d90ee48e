package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.payment.Concatenated;
import dk.reimbursementdesk.persistence.payment.PaymentBatchStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Posted batches and their payments as the screens, the command and the payment file read them. */
final class PaymentBatches {

    private PaymentBatches() {
    }

    /** All batches newest first, or just the one asked for. */
    static List<PaymentBatchSummary> summaries(UnitOfWork work, Long onlyId) {
        PaymentBatchStore store = new PaymentBatchStore(work);
        Map<Long, List<Money>> totals = store.totals(onlyId);
        return store.batches(onlyId, row -> {
            long id = row.number("id");
            String path = row.text("file_path");
            return new PaymentBatchSummary(id, row.text("number"), row.date("payment_date"), row.dateTime("posted_at"),
                    row.text("bank_iban"), row.text("bank_bic"), row.integer("payment_count"),
                    totals.getOrDefault(id, List.of()), row.integer("export_count"), path == null ? null : Path.of(path),
                    row.text("file_version"), row.text("message_id"), row.dateTime("exported_at"));
        });
    }

    static List<PostedPayment> payments(UnitOfWork work, long batchId) {
        return new PaymentBatchStore(work).payments(batchId, row -> new PostedPayment(row.integer("line_no"),
                row.text("end_to_end_id"), row.text("vendor_account"), row.text("creditor_name"),
                row.text("creditor_iban"), row.text("creditor_bic"),
                Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals")),
                Money.ofMinor(row.number("amount_acc"), row.text("accounting_currency"), row.integer("accounting_decimals")),
                row.text("voucher_number"), row.text("payment_document"), Concatenated.texts(row, "invoice_documents"),
                Concatenated.texts(row, "reimbursements"), row.text("remittance")));
    }
}
