package dk.reimbursementdesk.service.interchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file read as RFC 4180 CSV in UTF-8 (a byte-order mark is skipped), with one header row.
 * Columns are found by header name, ignoring case and surrounding spaces, so their order does not
 * matter and extra columns are simply never asked for. Each row knows the line it starts on, the
 * header being line 1, so problems can point into the file even when a quoted value spans lines.
 */
final class CsvTable implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * One data row: the values of the columns the import asked for ({@link #column}), trimmed and
     * checked against {@link ImportLimits#maxLength} and for control characters. A value refused so
     * (its problem already recorded) reads as empty; a column the row is too short for reads as empty.
     */
    static final class Row {
        private final long line;
        private final String[] values;
        private final boolean[] refused;

        private Row(long line, String[] values, boolean[] refused) {
            this.line = line;
            this.values = values;
            this.refused = refused;
        }

        long line() {
            return line;
        }

        String value(int index) {
            if (index < 0 || index >= values.length || values[index] == null) {
                return "";
            }
            return values[index];
        }

        /** True when the value was refused for its length or characters, so it needs no further problem. */
        boolean refused(int index) {
            return index >= 0 && index < refused.length && refused[index];
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header = new ArrayList<>();
    private final Problems headerProblems = new Problems();
    private final boolean empty;
    /** The columns the import reads, by position: their names, null for the others. */
    private String[] asked = new String[0];
    private final ImportLimits limits;

    private CsvTable(Reader reader, ImportLimits limits) throws IOException {
        this.limits = limits;
        this.parser = CSVParser.builder().setReader(new CsvLimitReader(withoutByteOrderMark(reader), limits))
                .setFormat(FORMAT).get();
        this.records = parser.iterator();
        boolean none;
        try {
            none = !records.hasNext();
            if (!none) {
                readHeader(records.next());
            }
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CsvLimitReader.LimitExceeded exceeded)) {
                throw e;
            }
            headerProblems.add(exceeded.line, columnName(exceeded.column), exceeded.key, exceeded.arguments);
            none = false;
        }
        empty = none;
    }

    /** The header's names; a name twice (ignoring case and spaces) is a problem: which column would the import read? */
    private void readHeader(CSVRecord names) {
        for (int i = 0; i < names.size(); i++) {
            String name = normalize(names.get(i));
            header.add(names.get(i).strip());
            Integer first = columns.putIfAbsent(name, i);
            if (first != null && !name.isEmpty()) {
                headerProblems.add(1, names.get(i).strip(), "import.column.duplicate", names.get(i).strip(), first + 1, i + 1);
            }
        }
    }

    static CsvTable open(Path file, ImportLimits limits) {
        try {
            // Malformed UTF-8 is refused rather than silently turned into replacement characters.
            Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvTable(new BufferedReader(reader, 1 << 16), limits);
        } catch (IOException | UncheckedIOException e) {
            throw InterchangeText.refusal("import.file.unreadable", file, reason(e));
        }
    }

    static CsvTable read(Reader reader, ImportLimits limits) {
        try {
            return new CsvTable(reader, limits);
        } catch (IOException | UncheckedIOException e) {
            throw InterchangeText.refusal("import.file.unreadable", "", reason(e));
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return InterchangeText.text("import.file.notUtf8");
        }
        return String.valueOf(cause.getMessage());
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    ImportLimits limits() {
        return limits;
    }

    boolean isEmpty() {
        return empty;
    }

    /** The column's position, or -1 when the header does not have it. */
    int column(String name) {
        int index = columns.getOrDefault(normalize(name), -1);
        if (index >= 0) {
            if (index >= asked.length) {
                asked = java.util.Arrays.copyOf(asked, index + 1);
            }
            asked[index] = normalize(name);
        }
        return index;
    }

    /** A column by its header name, or by its position ("column 7") past the header or where the header is not read yet. */
    private String columnName(int index) {
        if (index < 0) {
            return null;
        }
        if (index < header.size() && !header.get(index).isEmpty()) {
            return header.get(index);
        }
        return InterchangeText.text("import.column.numbered", index + 1);
    }

    /** Records a problem on line 1 for each required column the header lacks; true when all are there. */
    boolean requireColumns(Problems problems, String... names) {
        if (!headerProblems.isEmpty()) {
            problems.addAll(headerProblems);
            return false;
        }
        if (empty) {
            problems.add(1, null, "import.file.empty");
            return false;
        }
        boolean all = true;
        for (String name : names) {
            if (column(name) < 0) {
                problems.add(1, name, "import.column.missing", name);
                all = false;
            }
        }
        return all;
    }

    /**
     * The next row, or null at the end of the file or once {@code problems} is full. A CSV syntax
     * error (a stray quote) or a limit passed ends the reading with a problem on the line where it
     * was found.
     */
    Row next(Problems problems) {
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (problems.isFull() || !records.hasNext()) {
                return null;
            }
            return row(start, records.next(), problems);
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CsvLimitReader.LimitExceeded exceeded) {
                problems.add(exceeded.line, columnName(exceeded.column), exceeded.key, exceeded.arguments);
                return null;
            }
            String reason = cause instanceof CharacterCodingException
                    ? InterchangeText.text("import.file.notUtf8") : String.valueOf(cause.getMessage());
            problems.add(Math.max(start, parser.getCurrentLineNumber()), null, "import.file.malformed", reason);
            return null;
        }
    }

    private Row row(long line, CSVRecord record, Problems problems) {
        String[] values = new String[asked.length];
        boolean[] refused = new boolean[asked.length];
        for (int i = 0; i < asked.length && i < record.size(); i++) {
            if (asked[i] == null) {
                continue;
            }
            String value = SpreadsheetText.unescape(record.get(i).strip());
            int max = ImportLimits.maxLength(asked[i]);
            int control = firstControl(value);
            if (value.length() > max) {
                problems.add(line, header.get(i), "import.value.tooLong", max, value.length());
                refused[i] = true;
            } else if (control >= 0) {
                char c = value.charAt(control);
                problems.add(line, header.get(i), c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                        ? "import.value.lineBreak" : "import.value.control", String.format(Locale.ROOT, "U+%04X", (int) c));
                refused[i] = true;
            } else {
                values[i] = value;
            }
        }
        return new Row(line, values, refused);
    }

    /**
     * The position of the first character no value of a ledger may hold, or -1: the C0 controls
     * (NUL, tab, line feed, ...), DEL, the C1 controls and the Unicode line and paragraph separators.
     * Every value an import reads is one line of plain text.
     */
    private static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
