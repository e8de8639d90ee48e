package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GlobalOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutACommandItIsAUsageErrorWithTheUsageOnStandardError() {
        Cli.Result result = Cli.run("--ledger", dir.resolve("x.db").toString());
        assertEquals(2, result.exit(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Name a command, such as init, import, export or check.\nUsage: reimbursement-desk"), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "parameters", "import", "export", "link", "unlink", "check"})
    void everyCommandHasHelpOnStandardOutput(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Usage: reimbursement-desk " + command + " "), result.out());
        assertEquals("", result.err());
    }

    @Test
    void helpOnTheTopListsEveryCommandAndTheExitCodes() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.exit());
        for (String command : new String[] {"init", "parameters", "import", "export", "link", "unlink", "check"}) {
            assertTrue(result.out().contains("\n  " + command + " "), command);
        }
        assertTrue(result.out().contains("Exit codes: 0 success, 1 refused"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("check", "--frobnicate");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("Unknown option: '--frobnicate'"), result.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("frobnicate");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("frobnicate"), result.err());
    }

    @Test
    void aLocaleOtherThanDanishOrEnglishIsAUsageError() {
        Cli.Result result = Cli.run("--locale", "fr", "check");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("\"fr\" is not a language of Reimbursement Desk; use da or en."), result.err());
    }

    @Test
    void danishLocaleGivesDanishSentencesAndIsRestoredAfterwards() {
        Locale before = Locale.getDefault();
        Cli.Result result = Cli.run("--locale", "da", "--ledger", dir.resolve("missing.db").toString(), "check");
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("Der"), result.err());
        assertEquals(before, Locale.getDefault());
    }

    @Test
    void englishLocaleGivesEnglishEvenOnADanishMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        try {
            Cli.Result result = Cli.run("--locale", "en", "--ledger", dir.resolve("missing.db").toString(), "check");
            assertEquals("There is no ledger file at " + dir.resolve("missing.db").toAbsolutePath() + ".\n", result.err());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingLedgerIsRefusedWithOneSentenceAndNoLedgerIsMade() {
        Path missing = dir.resolve("missing.db");
        Cli.Result result = Cli.run("--ledger", missing.toString(), "parameters");
        assertEquals(1, result.exit());
        assertEquals("There is no ledger file at " + missing.toAbsolutePath() + ".\n", result.err());
        assertEquals("", result.out());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedAndLeftAsItWas() throws Exception {
        Path text = LedgerFiles.csv(dir, "notes.db", "not a ledger");
        Cli.Result result = Cli.run("--ledger", text.toString(), "check");
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("is not a Reimbursement Desk ledger"), result.err());
        assertEquals("not a ledger", Files.readString(text));
    }

    @Test
    void anUnexpectedErrorIsOneSentenceWithoutAStackTrace() {
        CommandLine commandLine = new CommandLine(new DeskCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        commandLine.setErr(new java.io.PrintWriter(err));
        int exit = DeskCommandLine.refusal(new IllegalStateException("disk on fire"), commandLine, null);
        assertEquals(1, exit);
        assertEquals("The command stopped on an unexpected error (IllegalStateException: disk on fire); nothing was saved."
                + System.lineSeparator(), err.toString());
    }

    @Test
    void anUnexpectedErrorNamesItsClassInOneLineInEitherLanguageAndLogsNothingAtTheDefaultLevel() {
        Locale before = Locale.getDefault();
        java.io.PrintStream processErr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CommandLine commandLine = new CommandLine(new DeskCommand());
            java.io.StringWriter err = new java.io.StringWriter();
            commandLine.setErr(new java.io.PrintWriter(err));
            RuntimeException withStatement = new IllegalStateException("could not execute statement\n  SELECT * FROM customer\n"
                    + "  at org.hibernate.Something", new java.util.NoSuchElementException("none"));
            assertEquals(1, DeskCommandLine.refusal(withStatement, commandLine, null));
            assertEquals(1, DeskCommandLine.refusal(new java.util.NoSuchElementException(), commandLine, null));
            Locale.setDefault(Locale.forLanguageTag("da"));
            assertEquals(1, DeskCommandLine.refusal(new ArithmeticException("/ by zero"), commandLine, null));
            assertEquals("The command stopped on an unexpected error (IllegalStateException: could not execute statement);"
                    + " nothing was saved." + System.lineSeparator()
                    + "The command stopped on an unexpected error (NoSuchElementException); nothing was saved." + System.lineSeparator()
                    + "Kommandoen stoppede på en uventet fejl (ArithmeticException: / by zero); intet blev gemt." + System.lineSeparator(),
                    err.toString());
            assertEquals("", log.toString(java.nio.charset.StandardCharsets.UTF_8), "no stack trace, no log line at the default level");
        } finally {
            System.setErr(processErr);
            Locale.setDefault(before);
        }
    }

    @Test
    void aLongMessageIsCutToItsFirstLineAndTwoHundredCharacters() {
        assertEquals("x".repeat(200) + "…", DeskCommandLine.firstLine("x".repeat(500) + "\nsecond"));
        assertEquals("", DeskCommandLine.firstLine(null));
        assertEquals("first", DeskCommandLine.firstLine("  first  \r\nsecond"));
    }

    @Test
    void aRefusalWrappedInAnotherExceptionStillReachesTheUserAsItsSentence() {
        CommandLine commandLine = new CommandLine(new DeskCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        commandLine.setErr(new java.io.PrintWriter(err));
        int exit = DeskCommandLine.refusal(new RuntimeException(new dk.reimbursementdesk.domain.UserException("company.notSetUp")),
                commandLine, null);
        assertEquals(1, exit);
        assertEquals("This ledger has no company yet." + System.lineSeparator(), err.toString());
    }

    @Test
    void theGlobalOptionsMayAlsoFollowTheCommand() {
        Path file = LedgerFiles.empty(dir);
        Cli.Result result = Cli.run("parameters", "--ledger", file.toString(), "--locale", "da");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("company: TEST\n"), result.out());
        Cli.Result danish = Cli.run("unlink", "C1", "--locale", "da", "--ledger", file.toString());
        assertEquals("Der er ingen debitor med kontoen C1.\n", danish.err());
    }
}
