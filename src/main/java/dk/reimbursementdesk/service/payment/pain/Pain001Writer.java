package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.UserException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a customer credit transfer initiation (pain.001) for the debtor's bank. The whole batch is
 * checked before the first byte is written, so a refused batch leaves no half file behind: the
 * checks and the blocks' totals are {@link Pain001Checks}' first pass, the XML
 * {@link Pain001Document}'s second.
 */
public final class Pain001Writer {

    /** One unstructured remittance line (Max140Text); see {@code PaymentPlan} for how it is made to fit. */
    public static final int MAX_REMITTANCE_LENGTH = 140;

    /** The largest amount of one transfer the EPC's rulebook lets a file carry. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /**
     * Writes a batch held in memory. Its transfers may come in any order: they are put in block
     * order first (blocks in the order of their first transfer), as the file needs them.
     *
     * @throws UserException when the batch cannot become a valid payment file; nothing is written then
     * @throws IOException   when the stream fails; the stream is flushed but not closed
     */
    public FileTotals write(CreditTransferBatch batch, Pain001Version version, OutputStream out) throws IOException {
        return write(batch.header(), inBlockOrder(batch), version, out);
    }

    /**
     * Writes a batch streamed from {@code transfers}, which is read twice: once to check every
     * transfer and count and sum the blocks (the header and each block carry their totals before
     * their transfers), once to write. Only the blocks' totals are held, never the transfers.
     *
     * @param transfers must hand over the same transfers both times, grouped by
     *                  {@link PaymentInformationKey} (see {@link TransferSource})
     * @throws UserException when the batch cannot become a valid payment file; nothing is written then
     * @throws IOException   when the stream fails; the stream is flushed but not closed
     */
    public FileTotals write(CreditTransferHeader header, TransferSource transfers, Pain001Version version, OutputStream out)
            throws IOException {
        PaymentBlocks blocks = Pain001Checks.check(header, transfers);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Pain001Document.write(buffered, version, header, blocks, transfers);
        buffered.flush();
        out.flush();
        return blocks.totals();
    }

    /** The same checks as {@link #write}, for a screen that wants to say what is wrong before asking for a file. */
    public void validate(CreditTransferBatch batch) {
        Pain001Checks.check(batch.header(), inBlockOrder(batch));
    }

    /** The same checks as {@link #write}, streamed; returns the file's count and control sum. */
    public FileTotals validate(CreditTransferHeader header, TransferSource transfers) {
        return Pain001Checks.check(header, transfers).totals();
    }

    private static TransferSource inBlockOrder(CreditTransferBatch batch) {
        Map<PaymentInformationKey, List<CreditTransfer>> groups = new LinkedHashMap<>();
        CreditTransferHeader header = batch.header();
        for (CreditTransfer transfer : batch.transfers()) {
            groups.computeIfAbsent(PaymentInformationKey.of(transfer, header), k -> new ArrayList<>()).add(transfer);
        }
        return sink -> groups.values().forEach(group -> group.forEach(sink));
    }
}
