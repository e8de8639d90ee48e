package dk.reimbursementdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Ends every CSV record with CRLF, as RFC 4180 and the other exports do, for a writer of CSV whose
 * records end with LF only (the Reimbursement list's CSV, which the window also writes). A line
 * break inside a quoted value is part of the value and is left alone; a CRLF stays one CRLF.
 */
final class CrlfRecords extends FilterWriter {

    private boolean quoted;
    private int previous = -1;

    CrlfRecords(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c == '"') {
            // An escaped quote ("") toggles twice, so the state is right after it.
            quoted = !quoted;
        }
        if (c == '\n' && !quoted && previous != '\r') {
            out.write('\r');
        }
        out.write(c);
        previous = c;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    /** Flushes but leaves the underlying writer open, as a {@link CsvExport} must. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
