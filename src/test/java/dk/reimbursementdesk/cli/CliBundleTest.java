package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class CliBundleTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(CliText.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    @Test
    void everyEnglishKeyIsInDanishAndEveryDanishKeyIsInEnglish() {
        Set<String> english = new TreeSet<>(bundle(Locale.ROOT).keySet());
        Set<String> danish = new TreeSet<>(bundle(DANISH).keySet());
        Set<String> missingInDanish = new TreeSet<>(english);
        missingInDanish.removeAll(danish);
        Set<String> missingInEnglish = new TreeSet<>(danish);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInDanish, "in cli.properties but not in cli_da.properties");
        assertEquals(Set.of(), missingInEnglish, "in cli_da.properties but not in cli.properties");
    }

    /** The usage help's keys are read by picocli, not MessageFormat: only the sentences (cli.*) are patterns. */
    @Test
    void everySentenceIsAValidMessageFormatInBothLanguages() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle danish = bundle(DANISH);
        for (String key : english.keySet()) {
            if (key.startsWith("cli.")) {
                new MessageFormat(english.getString(key), Locale.ENGLISH);
                new MessageFormat(danish.getString(key), DANISH);
            }
        }
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguagesAndTheDanishIsTranslated() {
        List<String> english = descriptions(Locale.UK);
        List<String> danish = descriptions(DANISH);
        assertEquals(english.size(), danish.size());
        for (int i = 0; i < english.size(); i++) {
            assertFalse(english.get(i).endsWith(": "), "no English description: " + english.get(i));
            assertFalse(danish.get(i).endsWith(": "), "no Danish description: " + danish.get(i));
            assertNotEquals(english.get(i), danish.get(i));
        }
    }

    /** "command: description" and "command option: description" for the whole tree, built in {@code locale}. */
    private static List<String> descriptions(Locale locale) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            List<String> lines = new ArrayList<>();
            collect(DeskCommandLine.build(new DeskCommand()), lines);
            return lines;
        } finally {
            Locale.setDefault(before);
        }
    }

    private static void collect(CommandLine commandLine, List<String> lines) {
        CommandSpec spec = commandLine.getCommandSpec();
        lines.add(spec.name() + ": " + String.join(" ", spec.usageMessage().description()));
        List<ArgSpec> arguments = new ArrayList<>(spec.options());
        arguments.addAll(spec.positionalParameters());
        for (ArgSpec argument : arguments) {
            lines.add(spec.name() + " " + argument.paramLabel() + ": " + String.join(" ", argument.description()));
        }
        commandLine.getSubcommands().values().forEach(sub -> collect(sub, lines));
    }

    @Test
    void countsInSentencesAreWordsForOneAndPlainNumbersOtherwise() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Filled the ledger x.db with one synthetic customer and 12000 open transactions (seed 3).",
                    CliText.text("cli.demo.done", "x.db", 1, "1", 12000L, "12000", "3"));
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            assertEquals("Fyldte regnskabet x.db med 1500 syntetiske debitorer og én åben postering (seed 3).",
                    CliText.text("cli.demo.done", "x.db", 1500, "1500", 1L, "1", "3"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
