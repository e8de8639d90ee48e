package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartOptionsTest {

    @Test
    void noArgumentsOpenTheWindowOnTheDefaultLedger() {
        assertEquals(new StartOptions(Optional.empty(), Optional.empty(), false, false), StartOptions.parse(List.of()));
    }

    @Test
    void ledgerAndLocaleAreReadInEitherForm() {
        StartOptions options = StartOptions.parse(List.of("--ledger", "/tmp/a.db", "--locale=da"));
        assertEquals(Optional.of("/tmp/a.db"), options.ledger());
        assertEquals(Optional.of("da"), options.language());
        assertFalse(options.command());
        assertEquals(Optional.of("b.db"), StartOptions.parse(List.of("--ledger=b.db")).ledger());
    }

    @Test
    void aServersUrlIsALedgerForTheWindowAsTyped() {
        String url = "jdbc:postgresql://db.example.com:5432/books?user=anna";
        StartOptions options = StartOptions.parse(List.of("--ledger", url));
        assertEquals(Optional.of(url), options.ledger());
        assertFalse(options.command());
    }

    @Test
    void helpAloneIsTheWindowsHelp() {
        StartOptions options = StartOptions.parse(List.of("--help"));
        assertTrue(options.help());
        assertFalse(options.command());
    }

    @Test
    void anyOtherArgumentMakesTheLineACommand() {
        assertTrue(StartOptions.parse(List.of("check")).command());
        assertTrue(StartOptions.parse(List.of("--ledger", "x.db", "customers", "--help")).command());
        assertTrue(StartOptions.parse(List.of("--verbose")).command());
    }

    @Test
    void unknownLanguageIsRefusedWithASentence() {
        UserException refused = assertThrows(UserException.class, () -> StartOptions.parse(List.of("--locale", "fr")));
        assertEquals("args.localeUnknown", refused.getKey());
        assertTrue(refused.format(java.util.Locale.ENGLISH).contains("fr"));
    }

    @Test
    void optionWithoutValueIsRefused() {
        UserException refused = assertThrows(UserException.class, () -> StartOptions.parse(List.of("--ledger")));
        assertEquals("args.valueMissing", refused.getKey());
    }
}
