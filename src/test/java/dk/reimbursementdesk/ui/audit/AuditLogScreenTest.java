package dk.reimbursementdesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditEntry;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.writeoff.SmallCreditService;
import dk.reimbursementdesk.testing.SmallCreditLedgers;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tools &gt; Audit log on the real FXML screen, over a ledger whose log holds three entries: a
 * write-off of the small credits of {@link SmallCreditLedgers}, then two of them reversed.
 */
@ExtendWith(ApplicationExtension.class)
class AuditLogScreenTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    Locale previous;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = SmallCreditLedgers.create(dir);
        SmallCreditService smallCredits = new SmallCreditService(ledger);
        smallCredits.writeOff(SmallCreditService.Query.on(SmallCreditLedgers.DAY), null);
        smallCredits.reverse("WO-000001", null);
        smallCredits.reverse("WO-000002", null);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
    }

    private TableView<AuditEntry> open(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new AuditLogScreen(), new Services(ledger));
        TableView<AuditEntry> table = robot.lookup("#table").queryTableView();
        ScreenHarness.waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean cellShows(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()))
                .tryQuery().isPresent();
    }

    @Test
    void listsTheEntriesOldestFirstWithTheirHashShortened(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = open(robot);

        assertEquals(List.of("write-off", "write-off-reversal", "write-off-reversal"),
                table.getItems().stream().map(AuditEntry::action).toList());
        assertEquals("Entries 1–3 of 3 (page 1 of 1)", text(robot, "#pageText"));
        String hash = table.getItems().get(0).hash();
        assertTrue(cellShows(robot, hash.substring(0, 12) + "…"), "the hash shortened in its column");
        assertTrue(cellShows(robot, "write-offs=3"));
        assertTrue(robot.lookup("#nextButton").queryButton().isDisabled());

        robot.clickOn(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && r.getIndex() == 0).queryAs(Node.class));
        assertTrue(text(robot, "#detail").endsWith("Hash: " + hash), text(robot, "#detail"));
    }

    @Test
    void theFilterShowsTheEntriesHoldingItsTextAndCtrlFPutsTheKeyboardThere(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = open(robot);
        javafx.scene.control.TextField filter = robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class);

        robot.interact(() -> filter.setText("REVERSAL"));
        ScreenHarness.waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of(2L, 3L), table.getItems().stream().map(AuditEntry::id).toList());
        assertEquals("Entries 1–2 of 2 (page 1 of 1)", text(robot, "#pageText"));
        robot.interact(() -> filter.setText("no such text"));
        ScreenHarness.waitUntil(() -> table.getItems().isEmpty());
        assertEquals("No entries hold this text", text(robot, "#pageText"));
        assertEquals("No entries hold this text", ((Label) table.getPlaceholder()).getText(), "not 'No entries yet'");

        robot.clickOn("#table");
        boolean[] focused = {false};
        robot.interact(() -> focused[0] = screen.focusFilter());
        assertTrue(focused[0]);
        assertTrue(filter.isFocused());
        assertEquals("no such text", filter.getSelectedText());
    }

    @Test
    void f5ReadsThePageAgainWithTheEntriesWrittenSince(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = open(robot);
        ledger.inTransactionDo(work -> AuditLog.append(work, AuditEvent.of("test")));
        assertEquals(3, table.getItems().size(), "nothing changes on the screen by itself");

        boolean[] refreshed = {false};
        robot.interact(() -> refreshed[0] = screen.refresh());

        assertTrue(refreshed[0]);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 4);
        assertEquals("test", table.getItems().get(3).action());
    }

    @Test
    void verifyClearsTheFilterToShowTheBrokenEntryInTheWholeChain(FxRobot robot) throws Exception {
        TestLedgers.execute(ledger, "DROP TRIGGER audit_entry_no_update");
        TestLedgers.execute(ledger, "UPDATE audit_entry SET totals = replace(totals, '=', '=1') WHERE id = 1");
        TableView<AuditEntry> table = open(robot);
        javafx.scene.control.TextField filter = robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> filter.setText("reversal"));
        ScreenHarness.waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn("#verifyButton");
        ScreenHarness.waitUntil(() -> text(robot, "#verification").startsWith("Entry") && table.getItems().size() == 3);

        assertEquals("", filter.getText());
        assertEquals(1L, table.getItems().get(0).id());
    }

    @Test
    void verifySaysTheChainIsIntact(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("#verifyButton");
        ScreenHarness.waitUntil(() -> text(robot, "#verification").endsWith("intact"));

        assertEquals("3 entries, chain intact", text(robot, "#verification"));
    }

    @Test
    void inDanishVerifySaysSoInDanish(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        open(robot);

        robot.clickOn("#verifyButton");
        ScreenHarness.waitUntil(() -> text(robot, "#verification").endsWith("intakt"));

        assertEquals("3 poster, kæden er intakt", text(robot, "#verification"));
        assertEquals("Poster 1–3 af 3 (side 1 af 1)", text(robot, "#pageText"));
    }

    @Test
    void verifyNamesTheFirstEntryThatPlainSqlChangedAndMarksItsRow(FxRobot robot) throws Exception {
        TestLedgers.execute(ledger, "DROP TRIGGER audit_entry_no_update");
        TestLedgers.execute(ledger, "UPDATE audit_entry SET totals = replace(totals, '=', '=1') WHERE id = 2");
        String time = TestLedgers.rows(ledger, "SELECT recorded_at FROM audit_entry WHERE id = 2").get(0);
        TableView<AuditEntry> table = open(robot);

        robot.clickOn("#verifyButton");
        ScreenHarness.waitUntil(() -> text(robot, "#verification").startsWith("Entry"));

        assertEquals("Entry 2 of 3 (write-off-reversal, " + time + ") does not match its hash: it, or an entry before it, "
                + "was changed or removed after it was written.", text(robot, "#verification"));
        List<Integer> marked = robot.from(table).lookup(".table-row-cell.broken").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).map(TableRow::getIndex).toList();
        assertEquals(List.of(1), marked);
    }

    @Test
    void verifyTurnsToThePageOfTheBrokenEntry(FxRobot robot) throws Exception {
        for (int i = 0; i < 147; i++) {
            int n = i;
            ledger.inTransactionDo(work -> AuditLog.append(work, AuditEvent.of("test").count("n", n)));
        }
        TestLedgers.execute(ledger, "DROP TRIGGER audit_entry_no_update");
        TestLedgers.execute(ledger, "UPDATE audit_entry SET counts = 'n=0' WHERE id = 130");
        screen = ScreenHarness.show(stage, new AuditLogScreen(), new Services(ledger));
        TableView<AuditEntry> table = robot.lookup("#table").queryTableView();
        ScreenHarness.waitUntil(() -> table.getItems().size() == 100);

        robot.clickOn("#verifyButton");
        ScreenHarness.waitUntil(() -> text(robot, "#pageText").startsWith("Entries 101–150"));

        assertTrue(text(robot, "#verification").startsWith("Entry 130 of 150 (test, "), text(robot, "#verification"));
        assertEquals("Entries 101–150 of 150 (page 2 of 2)", text(robot, "#pageText"));
        assertEquals(130, table.getItems().get(29).id());
    }
}
