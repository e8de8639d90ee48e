package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hand-over between an import's reading thread and the thread that writes. */
class RowPipeTest {

    @Test
    void everyRowArrivesInOrderAndThenTheEnd() {
        List<Integer> got = new ArrayList<>();
        try (RowPipe<Integer> pipe = RowPipe.start("test reader", sink -> {
            for (int i = 0; i < 3 * RowPipe.CHUNK + 5; i++) {
                sink.accept(i);
            }
        })) {
            for (List<Integer> rows = pipe.next(); rows != null; rows = pipe.next()) {
                got.addAll(rows);
            }
            assertNull(pipe.next());
        }
        assertEquals(3 * RowPipe.CHUNK + 5, got.size());
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i));
        }
    }

    @Test
    void aFailureOfTheReadingThreadIsThrownToTheCallerAfterTheRowsBeforeIt() {
        UserException failure = new UserException("import.file.empty");
        try (RowPipe<Integer> pipe = RowPipe.start("test reader", sink -> {
            for (int i = 0; i < RowPipe.CHUNK; i++) {
                sink.accept(i);
            }
            throw failure;
        })) {
            assertEquals(RowPipe.CHUNK, pipe.next().size());
            assertSame(failure, assertThrows(UserException.class, pipe::next));
        }
    }

    @Test
    void closingStopsAReaderThatStillHasRowsToGive() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        try (RowPipe<Integer> pipe = RowPipe.start("test reader", sink -> {
            reader.set(Thread.currentThread());
            while (true) {
                sink.accept(made.incrementAndGet());
            }
        })) {
            assertEquals(RowPipe.CHUNK, pipe.next().size());
        }
        assertFalse(reader.get().isAlive());
        int afterClose = made.get();
        Thread.sleep(100);
        assertEquals(afterClose, made.get());
        assertTrue(afterClose < 40 * RowPipe.CHUNK, "the queue is bounded: " + afterClose);
    }
}
