package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.payment.PaymentBatchStore;
import dk.reimbursementdesk.service.payment.pain.CreditTransfer;
import dk.reimbursementdesk.service.payment.pain.CreditTransferHeader;
import dk.reimbursementdesk.service.payment.pain.PaymentInformationKey;
import dk.reimbursementdesk.service.payment.pain.SepaSchemeCountries;
import dk.reimbursementdesk.service.payment.pain.TransferSource;
import java.time.LocalDateTime;

/**
 * A posted batch as the payment file carries it. Everything comes from what was stored at posting
 * (creditor accounts, amounts, remittance, the bank account used), so every export of a batch pays
 * the same people the same amounts; only the message id and creation time are new. The transfers
 * are a source over one ordered query, so the file is written without holding the batch.
 */
final class FileBatchBuilder {

    private FileBatchBuilder() {
    }

    static CreditTransferHeader header(PaymentBatchSummary batch, String companyName, String messageId, LocalDateTime now) {
        return new CreditTransferHeader(messageId, now, companyName, companyName, batch.bankIban(), batch.bankBic(),
                batch.paymentDate());
    }

    /** The batch's transfers in file order, read again from the ledger each time the writer asks. */
    static TransferSource transfers(UnitOfWork work, long batchId) {
        PaymentBatchStore store = new PaymentBatchStore(work);
        return sink -> store.transfers(batchId, PaymentInformationKey.SEPA_CURRENCY,
                SepaSchemeCountries.standard().ibanPrefixes(), row -> {
            String endToEndId = row.text("end_to_end_id");
            sink.accept(new CreditTransfer(endToEndId, endToEndId,
                    Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals")),
                    row.text("creditor_name"), row.text("creditor_iban"), row.text("creditor_bic"), row.text("remittance")));
        });
    }
}
