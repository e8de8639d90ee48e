package dk.reimbursementdesk.service.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rows made on a thread of their own and taken on the calling thread, in chunks through a bounded
 * queue: a transactions import reads and checks its file on one core while the calling thread, which
 * holds the transaction, writes the rows already checked on the other. Only the calling thread
 * touches the ledger. A failure on the reading thread is thrown again by {@link #next}; {@link #close}
 * stops the reading thread and waits for it, so nothing reads the file once the caller has left.
 */
final class RowPipe<T> implements AutoCloseable {

    /** Makes the rows, handing each to the sink, on the pipe's own thread. */
    interface Source<T> {
        void produce(Consumer<T> sink);
    }

    static final int CHUNK = 4_096;
    private static final int CHUNKS_AHEAD = 16;

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final List<T> end = new ArrayList<>(0);
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;
    private List<T> chunk = new ArrayList<>(CHUNK);
    private boolean ended;

    private RowPipe(String name, Source<T> source) {
        this.thread = new Thread(() -> produce(source), name);
        thread.setDaemon(true);
    }

    static <T> RowPipe<T> start(String name, Source<T> source) {
        RowPipe<T> pipe = new RowPipe<>(name, source);
        pipe.thread.start();
        return pipe;
    }

    private void produce(Source<T> source) {
        try {
            source.produce(this::add);
            if (!chunk.isEmpty()) {
                put(chunk);
            }
        } catch (Closed stop) {
            return;
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            put(end);
        } catch (Closed stop) {
            // The caller left: nobody waits for the end.
        }
    }

    private void add(T row) {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            put(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /** Waits for room, giving up once the caller has closed the pipe. */
    private void put(List<T> rows) {
        if (closed) {
            throw new Closed();
        }
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    /**
     * The next chunk of rows, waiting for it; null after the last, once the reading thread has ended.
     * A failure of the reading thread is thrown here. Not interruptible (a unit of work runs to its
     * end, as it did on one thread); an interrupt is kept for the caller.
     */
    List<T> next() {
        if (ended) {
            return null;
        }
        List<T> rows = takeUninterruptibly();
        if (rows != end) {
            return rows;
        }
        ended = true;
        joinUninterruptibly();
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        return null;
    }

    private List<T> takeUninterruptibly() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread if it still runs and waits for it. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        joinUninterruptibly();
    }

    /** Thrown on the reading thread to stop it once the caller has closed the pipe. */
    private static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super(null, null, false, false);
        }
    }
}
