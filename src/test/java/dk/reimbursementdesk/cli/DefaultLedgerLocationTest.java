package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultLedgerLocationTest {

    @Test
    void usesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/reimbursement-desk/ledger.db"),
                DefaultLedgerLocation.resolve(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ane"));
    }

    @Test
    void fallsBackToLocalShareWithoutXdgDataHome() {
        assertEquals(Path.of("/home/ane/.local/share/reimbursement-desk/ledger.db"),
                DefaultLedgerLocation.resolve(Map.of(), "Linux", "/home/ane"));
    }

    @Test
    void ignoresARelativeXdgDataHomeAsTheSpecificationSays() {
        assertEquals(Path.of("/home/ane/.local/share/reimbursement-desk/ledger.db"),
                DefaultLedgerLocation.resolve(Map.of("XDG_DATA_HOME", "data"), "Linux", "/home/ane"));
    }

    @Test
    void usesAppDataOnWindows() {
        assertEquals(Path.of("C:/Users/ane/AppData/Roaming", "reimbursement-desk", "ledger.db"),
                DefaultLedgerLocation.resolve(Map.of("APPDATA", "C:/Users/ane/AppData/Roaming", "XDG_DATA_HOME", "/x"),
                        "Windows 11", "C:/Users/ane"));
    }
}
