package dk.reimbursementdesk.app;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes every byte, write and flush on to {@code target} unchanged and adds up the time they took and
 * how often they came: the command's printing, measured from outside the command (only when the
 * launcher's timing log is on).
 */
final class TimedOutputStream extends OutputStream {

    private final OutputStream target;
    private long nanos;
    private long bytes;
    private long writes;
    private long flushes;

    TimedOutputStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        long start = System.nanoTime();
        target.write(b);
        nanos += System.nanoTime() - start;
        bytes++;
        writes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        long start = System.nanoTime();
        target.write(b, off, len);
        nanos += System.nanoTime() - start;
        bytes += len;
        writes++;
    }

    @Override
    public void flush() throws IOException {
        long start = System.nanoTime();
        target.flush();
        nanos += System.nanoTime() - start;
        flushes++;
    }

    /** Does not close {@code target}: standard output stays open for whatever runs after. */
    @Override
    public void close() throws IOException {
        flush();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d bytes in %d writes and %d flushes, %d ms", bytes, writes, flushes,
                nanos / 1_000_000);
    }
}
