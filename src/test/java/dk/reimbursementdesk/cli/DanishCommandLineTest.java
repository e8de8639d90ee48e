package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --locale da}: help, refusals and summaries in Danish; names, formats and exit codes as in English. */
class DanishCommandLineTest {

    @TempDir
    Path dir;

    /** The same command line run in English and in Danish. */
    private record Both(Cli.Result english, Cli.Result danish) {
        static Both run(String... args) {
            String[] english = Stream.concat(Stream.of("--locale", "en"), Stream.of(args)).toArray(String[]::new);
            String[] danish = Stream.concat(Stream.of("--locale", "da"), Stream.of(args)).toArray(String[]::new);
            return new Both(Cli.run(english), Cli.run(danish));
        }
    }

    @Test
    void theTopHelpIsDanishAndKeepsTheCommandNames() {
        Cli.Result result = Cli.run("--locale", "da", "--help");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Brug: reimbursement-desk [-h] [--ledger=FILE|URL] [--locale=da|en] COMMAND\n"
                + "Refunderer debitorers kreditsaldi gennem kreditorerne"), result.out());
        assertTrue(result.out().contains("  -h, --help              Vis denne hjælp og afslut.\n"), result.out());
        assertTrue(result.out().contains("\nKommandoer:\n"), result.out());
        for (String command : DeskCommandLine.COMMANDS.stream().map(c -> c.get().getClass()
                .getAnnotation(picocli.CommandLine.Command.class).name()).toList()) {
            assertTrue(result.out().contains("\n  " + command + " "), command);
        }
        assertTrue(result.out().contains("Afslutningskoder: 0 udført, 1 afvist"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void reimburseHelpIsDanishWithTheSameOptions() {
        Cli.Result result = Cli.run("reimburse", "--help", "--locale", "da");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Brug: reimbursement-desk reimburse [-h] [--preview] [--date=YYYY-MM-DD]"), result.out());
        assertTrue(result.out().contains("\nRefundér de valgte debitorers kreditsaldi (alle debitorer uden --where) gennem\n"
                + "kreditorerne.\n"), result.out());
        assertTrue(result.out().contains("--date=YYYY-MM-DD   Bogføringsdatoen (standard: i dag)."), result.out());
        assertTrue(result.out().contains("--preview           Vis, hvad der ville blive refunderet"), result.out());
        assertTrue(result.out().contains("pr. åbent kreditbilag (standard: true)."), result.out());
    }

    @Test
    void payHelpIsDanishWithTheSameOptions() {
        Cli.Result result = Cli.run("--locale", "da", "pay", "--help");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Brug: reimbursement-desk pay [-h] [--skip-invalid] [--batch=BATCH_ID]\n                             [--date=YYYY-MM-DD]"), result.out());
        assertTrue(result.out().contains("Betal de valgte kreditorers åbne kreditorfakturaer"), result.out());
        assertTrue(result.out().contains("--pain-version=09|03   Den pain.001.001-version, banken tager imod"), result.out());
        assertTrue(result.out().contains("--skip-invalid         Udelad kreditorer, der ikke kan betales"), result.out());
    }

    @Test
    void withoutLocaleTheHelpFollowsTheLanguageTheLauncherChose() {
        Locale before = Locale.getDefault();
        try {
            // The launcher sets the default to the language last chosen in the window's Language menu.
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            assertTrue(Cli.run("check", "--help").out().startsWith("Brug: reimbursement-desk check "));
            assertTrue(Cli.run("--locale", "en", "check", "--help").out().startsWith("Usage: reimbursement-desk check "));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBadOptionValueIsRefusedInDanishWithTheSameExitCodeAsInEnglish() {
        Both both = Both.run("reimburse", "--date", "24.11.2026");
        Cli.Result english = both.english();
        Cli.Result danish = both.danish();
        assertEquals(2, english.exit(), english.toString());
        assertEquals(english.exit(), danish.exit(), danish.toString());
        assertTrue(english.err().startsWith("Invalid value for option '--date': \"24.11.2026\" is not a date; write it as YYYY-MM-DD.\n"
                + "Usage: reimbursement-desk reimburse "), english.err());
        assertTrue(danish.err().startsWith("Ugyldig værdi for tilvalget '--date': \"24.11.2026\" er ikke en dato; skriv den som "
                + "ÅÅÅÅ-MM-DD.\nBrug: reimbursement-desk reimburse "), danish.err());
        assertEquals("", danish.out());
    }

    @Test
    void aNumberThatIsNotOneIsRefusedInDanish() {
        Cli.Result result = Cli.run("--locale", "da", "demo", "--customers", "mange");
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().startsWith("Ugyldig værdi for tilvalget '--customers': \"mange\" er ikke et helt tal.\n"), result.err());
    }

    @Test
    void aMissingRequiredOptionAndAnUnknownOptionAreDanishUsageErrors() {
        Cli.Result missing = Cli.run("--locale", "da", "--ledger", dir.resolve("x.db").toString(), "init", "--company", "X", "--name", "X");
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().startsWith("Mangler påkrævet tilvalg: '--currency=CUR'\nBrug: reimbursement-desk init "), missing.err());
        Cli.Result unknown = Cli.run("--locale", "da", "check", "--frobnicate");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().startsWith("Ukendt tilvalg: '--frobnicate'\n"), unknown.err());
    }

    @Test
    void aBadWhereIsRefusedInDanishWithTheSameExitCodeAsInEnglish() {
        Path file = LedgerFiles.demo(dir);
        Both both = Both.run("--ledger", file.toString(), "reimburse", "--preview", "--where", "colour=red");
        Cli.Result danish = both.danish();
        assertEquals(1, both.english().exit(), both.english().toString());
        assertEquals(1, danish.exit(), danish.toString());
        assertTrue(danish.err().startsWith("Der findes intet felt »colour« at udvælge på; felterne er "), danish.err());
        assertEquals("", danish.out());
    }

    @Test
    void thePreviewOfTheDemoLedgerIsSummarizedInDanishWithTheSameLines() {
        Path file = LedgerFiles.demo(dir);
        Both both = Both.run("--ledger", file.toString(), "reimburse", "--preview", "--date", "2026-11-24");
        Cli.Result danish = both.danish();
        assertEquals(0, danish.exit(), danish.toString());
        assertTrue(danish.out().startsWith("Refusioner:\nC0001\tBager Hansen ApS\tDKK\t250.00\t250.00\tV0001\n"
                + "C0002\tMøller & Søn A/S\tDKK\t800.00\t800.00\tny engangskreditor\n"), danish.out());
        assertTrue(danish.out().contains("\n\nUdeladt:\nC0003\tDKK\t"), danish.out());
        assertTrue(danish.out().endsWith("\n\nForhåndsvisning: 8 refusioner for 7 debitorer: 2270.00 DKK, 170.00 EUR, 1000.00 SEK "
                + "(4226.93 DKK i alt); 5 engangskreditorer ville blive oprettet. Intet blev bogført.\n"), danish.out());
        assertEquals(both.english().out().lines().filter(l -> l.contains("\t")).map(l -> l.split("\t")[0]).toList(),
                danish.out().lines().filter(l -> l.contains("\t")).map(l -> l.split("\t")[0]).toList());
        assertEquals("", danish.err());
    }
}
