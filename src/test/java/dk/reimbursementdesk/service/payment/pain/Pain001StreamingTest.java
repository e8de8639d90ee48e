package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writer fed from a source, as a posted batch is: read twice, grouped by block, nothing held. */
class Pain001StreamingTest {

    private static final CreditTransferBatch MIXED = Pain001WriterTest.mixedBatch();

    /** The mixed batch's transfers grouped by currency in the order the currencies first appear. */
    private static List<CreditTransfer> grouped() {
        List<CreditTransfer> t = MIXED.transfers();
        return List.of(t.get(0), t.get(3), t.get(1), t.get(2));
    }

    @Test
    void aGroupedSourceWritesTheSameBytesAsTheBatchInMemoryAndIsReadTwice() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        TransferSource source = sink -> {
            passes.incrementAndGet();
            grouped().forEach(sink);
        };
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        FileTotals totals = new Pain001Writer().write(MIXED.header(), source, Pain001Version.V09, streamed);

        Pain001Schemas.assertValid(streamed.toByteArray());
        assertArrayEquals(Pain001WriterTest.write(MIXED, Pain001Version.V09), streamed.toByteArray());
        assertEquals(2, passes.get());
        assertEquals(4, totals.transactionCount());
        assertEquals(0, new BigDecimal("16484.51").compareTo(totals.controlSum()));
    }

    @Test
    void aSourceWhoseBlocksInterleaveIsRefusedRatherThanWrittenWithABlockTwice() {
        TransferSource interleaved = sink -> MIXED.transfers().forEach(sink);
        assertThrows(IllegalStateException.class, () ->
                new Pain001Writer().write(MIXED.header(), interleaved, Pain001Version.V09, new ByteArrayOutputStream()));
    }

    @Test
    void aSourceThatChangesBetweenThePassesIsRefused() {
        List<List<CreditTransfer>> passes = new ArrayList<>(List.of(grouped(), grouped().subList(0, 3)));
        TransferSource shrinking = sink -> passes.remove(0).forEach(sink);
        assertThrows(IllegalStateException.class, () ->
                new Pain001Writer().write(MIXED.header(), shrinking, Pain001Version.V03, new ByteArrayOutputStream()));
    }
}
