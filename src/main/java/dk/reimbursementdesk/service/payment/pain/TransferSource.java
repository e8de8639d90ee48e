package dk.reimbursementdesk.service.payment.pain;

import java.util.function.Consumer;

/**
 * The transfers of one payment file, handed over one at a time so a batch of any size is written
 * without holding it. {@link Pain001Writer} reads the source twice (to check and total, then to
 * write), so each call must hand over the same transfers in the same order: grouped by their
 * {@link PaymentInformationKey}, one payment information block after the other. A source over the
 * ledger is one ordered query, run again per call.
 */
@FunctionalInterface
public interface TransferSource {

    void forEach(Consumer<CreditTransfer> sink);
}
