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
import java.util.HashMap;
import java.util.Iterator;
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

    /** One data row; values are trimmed, and a column the row is too short for reads as empty. */
    record Row(long line, CSVRecord record) {
        String value(int index) {
            if (index < 0 || index >= record.size()) {
                return "";
            }
            return record.get(index).strip();
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final boolean empty;

    private CsvTable(Reader reader) throws IOException {
        this.parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        if (records.hasNext()) {
            CSVRecord header = records.next();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(normalize(header.get(i)), i);
            }
            empty = false;
        } else {
            empty = true;
        }
    }

    static CsvTable open(Path file) {
        try {
            // Malformed UTF-8 is refused rather than silently turned into replacement characters.
            Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvTable(new BufferedReader(reader, 1 << 16));
        } catch (IOException | UncheckedIOException e) {
            throw InterchangeText.refusal("import.file.unreadable", file, reason(e));
        }
    }

    static CsvTable read(Reader reader) {
        try {
            return new CsvTable(reader);
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

    boolean isEmpty() {
        return empty;
    }

    /** The column's position, or -1 when the header does not have it. */
    int column(String name) {
        return columns.getOrDefault(normalize(name), -1);
    }

    /** Records a problem on line 1 for each required column the header lacks; true when all are there. */
    boolean requireColumns(Problems problems, String... names) {
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
     * The next row, or null at the end of the file. A CSV syntax error (a stray quote) ends the
     * reading with a problem on the line where it was found.
     */
    Row next(Problems problems) {
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            return new Row(start, records.next());
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof CharacterCodingException
                    ? InterchangeText.text("import.file.notUtf8") : String.valueOf(cause.getMessage());
            problems.add(Math.max(start, parser.getCurrentLineNumber()), null, "import.file.malformed", reason);
            return null;
        }
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
