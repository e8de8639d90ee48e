package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerLocationTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void xdgDataHomeIsUsedWhenSet() {
        Path ledger = LedgerLocation.defaultLedger(Map.of("XDG_DATA_HOME", "/data/anna")::get, "Linux", HOME);
        assertEquals(Path.of("/data/anna/reimbursement-desk/ledger.db"), ledger);
    }

    @Test
    void withoutXdgDataHomeTheLedgerLivesUnderLocalShare() {
        Path ledger = LedgerLocation.defaultLedger(Map.<String, String>of()::get, "Linux", HOME);
        assertEquals(Path.of("/home/anna/.local/share/reimbursement-desk/ledger.db"), ledger);
    }

    @Test
    void blankOrRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/home/anna/.local/share/reimbursement-desk/ledger.db"),
                LedgerLocation.defaultLedger(Map.of("XDG_DATA_HOME", "  ")::get, "Linux", HOME));
        assertEquals(Path.of("/home/anna/.local/share/reimbursement-desk/ledger.db"),
                LedgerLocation.defaultLedger(Map.of("XDG_DATA_HOME", "relative/data")::get, "Linux", HOME));
    }

    @Test
    void windowsUsesAppData() {
        Path ledger = LedgerLocation.defaultLedger(Map.of("APPDATA", "/appdata/Roaming", "XDG_DATA_HOME", "/ignored")::get,
                "Windows 11", HOME);
        assertEquals(Path.of("/appdata/Roaming/reimbursement-desk/ledger.db"), ledger);
    }
}
