package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every converter of the command line (amounts, whole numbers, dates, booleans, versions, locales)
 * refuses a value it cannot read with a sentence naming the value and what it expects, in the
 * chosen language, exit 2, and never with a Java exception's name.
 */
class OptionValueRefusalTest {

    @TempDir
    Path dir;

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("en", new String[] {"parameters", "--minimum-reimbursement", "lots"},
                        "Invalid value for option '--minimum-reimbursement': \"lots\" is not an amount; write it with a point as decimal separator and no grouping, e.g. 1250.00."),
                Arguments.of("da", new String[] {"parameters", "--minimum-reimbursement", "lots"},
                        "Ugyldig værdi for tilvalget '--minimum-reimbursement': \"lots\" er ikke et beløb; skriv det med punktum som decimaltegn og uden tusindtalsseparator, fx 1250.00."),
                Arguments.of("en", new String[] {"parameters", "--minimum-reimbursement", "1,250.00"},
                        "Invalid value for option '--minimum-reimbursement': \"1,250.00\" is not an amount; write it with a point as decimal separator and no grouping, e.g. 1250.00."),
                Arguments.of("en", new String[] {"reimburse", "--date", "31.02.2026"},
                        "Invalid value for option '--date': \"31.02.2026\" is not a date; write it as YYYY-MM-DD."),
                Arguments.of("en", new String[] {"reimburse", "--date", "2026-02-31"},
                        "Invalid value for option '--date': 2026-02-31 is not a day of the calendar (February 2026 has 28 days); write a date that exists as YYYY-MM-DD."),
                Arguments.of("da", new String[] {"reimburse", "--date", "2026-02-31"},
                        "Ugyldig værdi for tilvalget '--date': 2026-02-31 er ikke en dag i kalenderen (februar 2026 har 28 dage); skriv en dato, der findes, som ÅÅÅÅ-MM-DD."),
                Arguments.of("da", new String[] {"pay", "--date", "i morgen"},
                        "Ugyldig værdi for tilvalget '--date': \"i morgen\" er ikke en dato; skriv den som ÅÅÅÅ-MM-DD."),
                Arguments.of("en", new String[] {"reimburse", "--summarize=maybe"},
                        "Invalid value for option '--summarize': \"maybe\" is neither true nor false; write true or false, or leave the value out for true."),
                Arguments.of("da", new String[] {"reimburse", "--preview=måske"},
                        "Ugyldig værdi for tilvalget '--preview': \"måske\" er hverken true eller false; skriv true eller false, eller udelad værdien for true."),
                Arguments.of("en", new String[] {"pay", "--pain-version", "07"},
                        "Invalid value for option '--pain-version': \"07\" is not a payment file version we write; use 09 (pain.001.001.09) or 03 (pain.001.001.03)."),
                Arguments.of("en", new String[] {"demo", "--customers", "many"},
                        "Invalid value for option '--customers': \"many\" is not a whole number."),
                Arguments.of("da", new String[] {"demo", "--seed", "1.5"},
                        "Ugyldig værdi for tilvalget '--seed': \"1.5\" er ikke et helt tal."));
    }

    @ParameterizedTest
    @MethodSource("wrongValues")
    void aValueThatCannotBeReadIsRefusedInASentenceWithExitTwo(String language, String[] command, String sentence) {
        Path file = LedgerFiles.empty(dir);
        String[] args = Stream.concat(Stream.of("--locale", language, "--ledger", file.toString()), Stream.of(command))
                .toArray(String[]::new);
        Cli.Result result = Cli.run(args);
        assertEquals(2, result.exit(), result.toString());
        assertEquals(sentence, result.err().lines().findFirst().orElse(""), result.toString());
        assertFalse(result.err().contains("Exception"), result.toString());
        assertFalse(result.err().contains("java."), result.toString());
        assertEquals("", result.out());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void anUnknownLanguageIsRefusedInTheLanguageOfTheMachine(String machine, String sentence) {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(machine));
        try {
            Cli.Result result = Cli.run("--locale", "fr", "check");
            assertEquals(2, result.exit(), result.toString());
            assertEquals(sentence, result.err().lines().findFirst().orElse(""), result.toString());
            assertTrue(result.out().isEmpty());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en-GB", "Invalid value for option '--locale': \"fr\" is not a language of Reimbursement Desk; use da or en."),
                Arguments.of("da-DK", "Ugyldig værdi for tilvalget '--locale': \"fr\" er ikke et sprog i Reimbursement Desk; brug da eller en."));
    }
}
