package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The posting lock's refusal names what the holder does in the reader's language: seen in the
 * Danish window as "En bogføring (reimbursement run) er i gang", the server keeping the holder's
 * action in English. Every action the program locks for has its sentence (the bundle tests: in both languages).
 */
class PostingLockActionTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final String LEDGER = "anna@db.example.com:5432/books";

    private static String refusal(String action, Locale locale) {
        return UserException.in(ServerAddress.BUNDLE, "server.postingInProgress", LEDGER, PostingLock.action(action), "anna", "10:42:05")
                .format(locale);
    }

    @Test
    void theActionIsInTheRefusalsLanguage() {
        assertEquals("En bogføring (refusionskørsel) er i gang på " + LEDGER + " af anna siden 10:42:05; den tager et øjeblik. "
                + "Intet er gemt; prøv igen, når den er færdig.", refusal("reimbursement run", DANISH));
        assertEquals("A posting (reimbursement run) is in progress on " + LEDGER + " by anna since 10:42:05; it takes a moment. "
                + "Nothing was saved; try again when it has finished.", refusal("reimbursement run", Locale.UK));
    }

    @Test
    void anActionWithoutWordsOfItsOwnIsShownAsTheServerKeepsIt() {
        assertTrue(refusal("year-end closing", Locale.UK).startsWith("A posting (year-end closing) is in progress on "));
        assertTrue(refusal("", DANISH).startsWith("En bogføring () er i gang på "));
    }

    @Test
    void everyActionTheProgramLocksForHasDanishWords() throws IOException {
        Pattern call = Pattern.compile("lockForPosting\\(\"([^\"]+)\"\\)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    Object danish = PostingLock.action(m.group(1));
                    assertEquals(UserException.class, danish.getClass(), m.group(1) + " in " + source + " has no server.action sentence");
                }
            }
        }
    }
}
