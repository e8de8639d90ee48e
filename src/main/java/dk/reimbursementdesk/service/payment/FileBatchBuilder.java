package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.service.payment.pain.CreditTransfer;
import dk.reimbursementdesk.service.payment.pain.CreditTransferBatch;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A posted batch as the payment file carries it. Everything comes from what was stored at posting
 * (creditor accounts, amounts, remittance, the bank account used), so every export of a batch pays
 * the same people the same amounts; only the message id and creation time are new.
 */
final class FileBatchBuilder {

    private FileBatchBuilder() {
    }

    static CreditTransferBatch build(UnitOfWork work, String companyName, long batchId, String messageId, LocalDateTime now) {
        PaymentBatchSummary batch = PaymentBatches.summaries(work, batchId).get(0);
        List<CreditTransfer> transfers = PaymentBatches.payments(work, batchId).stream()
                .map(p -> new CreditTransfer(p.endToEndId(), p.endToEndId(), p.amount(), p.creditorName(),
                        p.creditorIban(), p.creditorBic(), p.remittance()))
                .toList();
        return new CreditTransferBatch(messageId, now, companyName, companyName, batch.bankIban(), batch.bankBic(),
                batch.paymentDate(), transfers);
    }
}
