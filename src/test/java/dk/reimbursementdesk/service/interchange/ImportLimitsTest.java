package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 4: imports accepted what no ledger should hold (a 50 MB field, a 10,000-character
 * name, NUL bytes and line breaks in names, dates in the years 0001 and 9999, a column twice in the
 * header). Each is refused with its line and column, and nothing is written.
 */
class ImportLimitsTest {

    private static final String CUSTOMERS = "account,name,group,currency\n";
    /** Today, for the date range: 1976-01-01 to 2036-12-31. */
    private static final Clock DECEMBER_2026 = Clock.fixed(LocalDate.of(2026, 12, 3).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Ledger ledger;
    private ImportService imports;
    private Map<String, List<String>> before;

    @BeforeEach
    void ledger() {
        ledger = TestLedgers.empty(dir);
        imports = new ImportService(ledger, DECEMBER_2026);
        imports.importCsv(ImportKind.CUSTOMERS, new java.io.StringReader(CUSTOMERS + "C1,One,G,DKK\n"), "c.csv");
        imports.importCsv(ImportKind.RATES, new java.io.StringReader("currency,date,rate\nEUR,2000-01-01,7.46\n"), "r.csv");
        before = TestLedgers.snapshot(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path csv(String content) throws Exception {
        return Files.writeString(dir.resolve("file.csv"), content);
    }

    /** The problems, as the command line prints them, after checking that nothing was written. */
    private List<String> refused(ImportKind kind, Path file) {
        ImportRefusedException refusal = assertThrows(ImportRefusedException.class, () -> imports.importFile(kind, file));
        assertEquals(before, TestLedgers.snapshot(ledger), "nothing written");
        return refusal.problems().stream().map(ImportProblem::describe).toList();
    }

    @Test
    void aFiftyMegabyteFieldIsRefusedWithItsLineAndColumnWithoutBeingHeld() throws Exception {
        Path file = dir.resolve("huge.csv");
        char[] chunk = new char[1 << 16];
        Arrays.fill(chunk, 'x');
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write(CUSTOMERS + "C2,Two,G,DKK\nC3,\"");
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\",G,DKK\n");
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();

        List<String> problems = refused(ImportKind.CUSTOMERS, file);

        long used = threads.getCurrentThreadAllocatedBytes() - allocated;
        assertEquals(List.of("line 3, name: This value is longer than 100,000 characters; no value of an import is that long,"
                + " so the file was read no further."), problems);
        // Held once, the field alone is 50 MB (and as much again, at least, in the parser's growing buffer).
        assertTrue(used < 30L * 1024 * 1024, "allocated " + used / 1024 / 1024 + " MB reading a 50 MB field");
    }

    @Test
    void aFieldPastTheLimitInAColumnTheImportDoesNotReadIsRefusedAsWell() throws Exception {
        String field = "y".repeat(100_001);
        assertEquals(List.of("line 2, comment: This value is longer than 100,000 characters; no value of an import is that long,"
                + " so the file was read no further."), refused(ImportKind.CUSTOMERS, csv("account,name,group,currency,comment\n"
                + "C2,Two,G,DKK," + field + "\n")));
        assertEquals(List.of("line 1, column 5: This value is longer than 100,000 characters; no value of an import is that long,"
                + " so the file was read no further."), refused(ImportKind.CUSTOMERS, csv("account,name,group,currency," + field + "\n")));
    }

    @Test
    void aNameOfTenThousandCharactersIsRefusedAndOneOf140IsImported() throws Exception {
        assertEquals(List.of("line 2, name: The value has 10,000 characters; this column takes at most 140."),
                refused(ImportKind.CUSTOMERS, csv(CUSTOMERS + "C2," + "n".repeat(10_000) + ",G,DKK\n")));
        imports.importFile(ImportKind.CUSTOMERS, csv(CUSTOMERS + "C2," + "n".repeat(140) + ",G,DKK\n"));
        assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM customer WHERE length(name) = 140"));
    }

    @Test
    void everyTextColumnHasItsWrittenMaximum() throws Exception {
        assertEquals(List.of(
                "line 2, account: The value has 41 characters; this column takes at most 40.",
                "line 3, group: The value has 41 characters; this column takes at most 40.",
                "line 4, currency: The value has 101 characters; this column takes at most 100."),
                refused(ImportKind.CUSTOMERS, csv(CUSTOMERS + "A".repeat(41) + ",Two,G,DKK\nC3,Three," + "G".repeat(41)
                        + ",DKK\nC4,Four,G," + "D".repeat(101) + "\n")));
        assertEquals(List.of("line 2, document: The value has 61 characters; this column takes at most 60."),
                refused(ImportKind.TRANSACTIONS, csv("customer,date,type,document,amount\nC1,2026-10-01,INVOICE," + "9".repeat(61)
                        + ",100.00\n")));
    }

    @Test
    void nulBytesAndLineBreaksInsideAValueAreRefusedAndTheLinesAfterThemStillCount() throws Exception {
        assertEquals(List.of(
                "line 2, name: The value contains the control character U+0000; a value of an import is plain text.",
                "line 3, name: The value spans more than one line (U+000A); a value of an import is one line of text.",
                "line 5, account: The value spans more than one line (U+000D); a value of an import is one line of text.",
                "line 7, currency: \"XXX\" is not an ISO 4217 currency code."),
                refused(ImportKind.CUSTOMERS, csv(CUSTOMERS + "C2,Tw\0o,G,DKK\nC3,\"Three\nlines\",G,DKK\n\"C\r4\",Four,G,DKK\n"
                        + "C5,Five,G,XXX\n")));
    }

    @Test
    void datesOutsideFiftyYearsBackAndTenAheadAreRefused() throws Exception {
        assertEquals(List.of(
                "line 2, date: 0001-01-01 is outside the dates an import accepts, 1976-01-01 to 2036-12-31.",
                "line 3, due_date: 9999-12-31 is outside the dates an import accepts, 1976-01-01 to 2036-12-31."),
                refused(ImportKind.TRANSACTIONS, csv("customer,date,type,document,amount,due_date\n"
                        + "C1,0001-01-01,INVOICE,INV-1,100.00,\nC1,2026-10-01,INVOICE,INV-2,100.00,9999-12-31\n")));
        assertEquals(List.of(
                "line 2, date: 1975-12-31 is outside the dates an import accepts, 1976-01-01 to 2036-12-31.",
                "line 4, date: 2037-01-01 is outside the dates an import accepts, 1976-01-01 to 2036-12-31."),
                refused(ImportKind.RATES, csv("currency,date,rate\nSEK,1975-12-31,0.7\nSEK,1976-01-01,0.7\nSEK,2037-01-01,0.7\n"
                        + "SEK,2036-12-31,0.7\n")));
        imports.importFile(ImportKind.RATES, csv("currency,date,rate\nSEK,1976-01-01,0.7\nSEK,2036-12-31,0.7\n"));
        assertEquals(2, TestLedgers.count(ledger, "SELECT count(*) FROM exchange_rate WHERE currency = 'SEK'"));
    }

    @Test
    void aColumnTwiceInTheHeaderIsRefusedEvenInAnotherCase() throws Exception {
        assertEquals(List.of("line 1, Name: The column \"Name\" is in the header twice (columns 2 and 3); remove one of them."),
                refused(ImportKind.CUSTOMERS, csv("account,name,Name,group,currency\nC2,Two,Deux,G,DKK\n")));
        assertEquals(List.of("line 1, Name: The column \"Name\" is in the header twice (columns 2 and 3); remove one of them."),
                imports.check(ImportKind.CUSTOMERS, dir.resolve("file.csv")).stream().map(ImportProblem::describe).toList());
    }

    @Test
    void aFileOverOneGigabyteIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("sparse.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((1L << 30) + 1);
        }
        long start = System.nanoTime();
        UserException refusal = assertThrows(UserException.class, () -> imports.importFile(ImportKind.CUSTOMERS, file));
        assertEquals("The file sparse.csv is 1,073,741,825 bytes; an import reads files of at most 1,073,741,824 bytes (1 GB)."
                + " Split it into smaller files.", refusal.format(Locale.ENGLISH));
        assertTrue(refusal.format(Locale.forLanguageTag("da")).startsWith("Filen sparse.csv fylder 1.073.741.825 byte"),
                refusal.format(Locale.forLanguageTag("da")));
        assertThrows(UserException.class, () -> imports.check(ImportKind.CUSTOMERS, file, false));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused without reading (or hashing) a gigabyte");
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void moreRowsThanTheLimitAreRefusedOnTheFirstRowTooMany() throws Exception {
        ImportService small = new ImportService(ledger, new ImportLimits(1 << 20, 3, 1_000, 10_000,
                LocalDate.of(1976, 1, 1), LocalDate.of(2036, 12, 31)));
        ImportRefusedException refusal = assertThrows(ImportRefusedException.class, () -> small.importFile(ImportKind.CUSTOMERS,
                csv(CUSTOMERS + "C2,Two,G,DKK\n\nC3,Three,G,DKK\nC4,Four,G,DKK\nC5,Five,G,DKK\n")));
        assertEquals(List.of("line 6: The file has more than 3 rows; an import takes at most that many. Split it into smaller files."),
                refusal.problems().stream().map(ImportProblem::describe).toList());
        assertEquals(before, TestLedgers.snapshot(ledger));
        small.importFile(ImportKind.CUSTOMERS, csv(CUSTOMERS + "C2,Two,G,DKK\nC3,Three,G,DKK\nC4,Four,G,DKK\n"));
        assertEquals(4, TestLedgers.count(ledger, "SELECT count(*) FROM customer"));
    }

    @Test
    void aRowLongerThanTheLimitIsRefusedWithItsLine() throws Exception {
        ImportService small = new ImportService(ledger, new ImportLimits(1 << 20, 100, 1_000, 60,
                LocalDate.of(1976, 1, 1), LocalDate.of(2036, 12, 31)));
        ImportRefusedException refusal = assertThrows(ImportRefusedException.class, () -> small.importFile(ImportKind.CUSTOMERS,
                csv(CUSTOMERS + "C2,Two,G,DKK\n\"C3\",\"Three, in a name\nof two lines\",G,DKK" + ",".repeat(30) + "\n")));
        assertEquals(List.of("line 3: This row is longer than 60 characters; the file was read no further."),
                refusal.problems().stream().map(ImportProblem::describe).toList());
    }

    @Test
    void aThousandProblemsAreListedAndThenTheReadingStops() throws Exception {
        StringBuilder content = new StringBuilder(CUSTOMERS);
        for (int i = 0; i < 5_000; i++) {
            content.append("X").append(i).append(",,G,DKK\n");
        }
        List<String> problems = refused(ImportKind.CUSTOMERS, csv(content.toString()));
        assertEquals(1_001, problems.size());
        assertEquals("line 1001, name: A value is required here.", problems.get(999));
        assertEquals("line 1001: Reading stopped after 1,000 problems; correct these and check the file again.", problems.get(1_000));
    }
}
