package dk.reimbursementdesk.service.interchange;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes an import file's characters on to the CSV parser while following its quoting, and stops
 * the reading at the first field, row or row count past the {@link ImportLimits}. The parser would
 * otherwise gather a field of any size into memory before anyone could look at it: a 50 MB field
 * was held whole, and again as its string. Here it is refused after {@code maxFieldChars}
 * characters, with the line its row starts on and its column.
 *
 * <p>The characters before the one past a limit are still handed on, so the rows before it are
 * read and checked as usual; the next read throws {@link LimitExceeded}.
 */
final class CsvLimitReader extends Reader {

    /** A limit passed: where (the row's first line, the column's position or -1 for the row) and the sentence's key. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;
        final String key;
        final transient Object[] arguments;

        LimitExceeded(long line, int column, String key, Object... arguments) {
            super(key + " at line " + line);
            this.line = line;
            this.column = column;
            this.key = key;
            this.arguments = arguments;
        }
    }

    private final Reader in;
    private final ImportLimits limits;
    private LimitExceeded exceeded;

    private long line = 1;
    private long rowLine = 1;
    private long rows;
    private boolean inRow;
    private int column;
    private long fieldChars;
    private long rowChars;
    private boolean fieldStart = true;
    private boolean quoted;
    private boolean quoteSeen;
    private boolean afterCarriageReturn;

    CsvLimitReader(Reader in, ImportLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (exceeded != null) {
            throw exceeded;
        }
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            exceeded = scan(buffer[offset + i]);
            if (exceeded != null) {
                if (i > 0) {
                    return i;
                }
                throw exceeded;
            }
        }
        return n;
    }

    private LimitExceeded scan(char c) {
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if (c == '\n') {
                return null;
            }
        }
        if (quoted) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    return content();
                }
                quoted = false;
            } else if (c == '"') {
                quoteSeen = true;
                return null;
            } else {
                if (c == '\n' || c == '\r') {
                    line++;
                    afterCarriageReturn = c == '\r';
                }
                return content();
            }
        }
        if (c == '\n' || c == '\r') {
            line++;
            afterCarriageReturn = c == '\r';
            inRow = false;
            column = 0;
            fieldChars = 0;
            rowChars = 0;
            fieldStart = true;
            return null;
        }
        if (!inRow) {
            inRow = true;
            rowLine = line;
            // The header is the first row: more than maxRows rows after it is one too many.
            if (++rows > limits.maxRows() + 1) {
                return new LimitExceeded(rowLine, -1, "import.file.tooManyRows", limits.maxRows());
            }
        }
        if (c == ',') {
            column++;
            fieldChars = 0;
            fieldStart = true;
            return ++rowChars > limits.maxRowChars()
                    ? new LimitExceeded(rowLine, -1, "import.row.tooLong", limits.maxRowChars()) : null;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            return null;
        }
        fieldStart = false;
        return content();
    }

    private LimitExceeded content() {
        if (++fieldChars > limits.maxFieldChars()) {
            return new LimitExceeded(rowLine, column, "import.field.tooLong", limits.maxFieldChars());
        }
        if (++rowChars > limits.maxRowChars()) {
            return new LimitExceeded(rowLine, -1, "import.row.tooLong", limits.maxRowChars());
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
