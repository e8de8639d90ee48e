package dk.reimbursementdesk.service.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What an import accepts at most (issue 18, point 4; the README's "Limits" lists the same figures).
 * A file past one of them is refused with the line and column where it was found, and nothing is
 * written. The sizes are checked while the file streams through {@link CsvLimitReader}, so a 50 MB
 * field is refused after its first {@link #maxFieldChars} characters and never held whole.
 *
 * @param maxFileBytes  the largest file, checked before a byte of it is read
 * @param maxRows       data rows (the header not counted)
 * @param maxFieldChars the longest field of any column, read or not, before it is even parsed
 * @param maxRowChars   the longest row, its separators counted
 * @param earliest      the first date an import accepts: 1 January fifty years before today's year
 * @param latest        the last: 31 December ten years after today's year
 */
record ImportLimits(long maxFileBytes, long maxRows, int maxFieldChars, int maxRowChars, LocalDate earliest, LocalDate latest) {

    static final int NAME_LENGTH = 140;
    static final int CODE_LENGTH = 40;
    static final int DOCUMENT_LENGTH = 60;
    static final int OTHER_LENGTH = 100;
    static final long FILE_BYTES = 1L << 30;
    static final long ROWS = 2_000_000;
    static final int FIELD_CHARS = 100_000;
    static final int ROW_CHARS = 1_000_000;
    static final int YEARS_BACK = 50;
    static final int YEARS_AHEAD = 10;

    /** The limits of an import made on {@code today}. */
    static ImportLimits standard(LocalDate today) {
        return new ImportLimits(FILE_BYTES, ROWS, FIELD_CHARS, ROW_CHARS,
                LocalDate.of(today.getYear() - YEARS_BACK, 1, 1), LocalDate.of(today.getYear() + YEARS_AHEAD, 12, 31));
    }

    /**
     * The longest value a column the import reads may hold, after surrounding spaces are dropped: a
     * name 140 characters (as a pain.001 party name), an account, customer or group code 40, a document
     * number 60, and every other value (codes, amounts, dates, IBAN, BIC, flags) 100.
     */
    static int maxLength(String column) {
        return switch (column) {
            case "name" -> NAME_LENGTH;
            case "account", "customer", "vendor_account", "group" -> CODE_LENGTH;
            case "document" -> DOCUMENT_LENGTH;
            default -> OTHER_LENGTH;
        };
    }

    /** Refuses a file larger than {@link #maxFileBytes} in one sentence, before it is read or hashed. */
    void refuseIfTooLarge(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw InterchangeText.refusal("import.file.unreadable", file, String.valueOf(e.getMessage()));
        }
        if (size > maxFileBytes) {
            throw InterchangeText.refusal("import.file.tooLarge", file.getFileName(), size, maxFileBytes);
        }
    }

    /**
     * The epoch day of the date in {@code column}, or {@link Fields#NOT_A_DATE} with a problem recorded
     * when it is missing (and required), not a date, or outside {@link #earliest} to {@link #latest}.
     */
    int date(CsvTable.Row row, int column, String name, boolean required, Problems problems) {
        String text = required ? PartyImport.required(row, column, name, problems) : row.value(column);
        if (text == null || text.isEmpty()) {
            return Fields.NOT_A_DATE;
        }
        int day = Fields.epochDay(text);
        if (day == Fields.NOT_A_DATE) {
            problems.add(row.line(), name, "import.date.invalid", text);
        } else if (day < earliest.toEpochDay() || day > latest.toEpochDay()) {
            problems.add(row.line(), name, "import.date.outOfRange", text, earliest.toString(), latest.toString());
            return Fields.NOT_A_DATE;
        }
        return day;
    }
}
