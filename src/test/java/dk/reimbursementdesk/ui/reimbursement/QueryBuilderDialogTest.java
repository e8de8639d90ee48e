package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The query builder window driven as a user would: rows added, fields chosen, criteria typed, a bad row
 * refused at the row; the accepted selection is then run against a real demo ledger.
 */
@ExtendWith(ApplicationExtension.class)
class QueryBuilderDialogTest {

    private static final Locale BEFORE = Locale.getDefault();

    @TempDir
    Path dir;

    private Optional<Selection> result;
    private boolean answered;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        Button open = new Button("Open builder");
        open.setId("open");
        open.setOnAction(event -> {
            result = QueryBuilderDialog.show(stage, Selection.all(CustomerQueryFields.CATALOG));
            answered = true;
        });
        stage.setScene(new javafx.scene.Scene(new StackPane(open), 300, 200));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    @Test
    void aSelectionBuiltFromRowsSelectsThoseCustomersInTheLedger(FxRobot robot) {
        robot.clickOn("#open");

        robot.clickOn("#addButton");
        robot.write("C0001..C0005");
        robot.clickOn("#addButton");
        chooseField(robot, 1, "Customer group");
        robot.clickOn(criteria(robot, 1)).write("!retail");
        assertEquals("Account is from C0001 to C0005; customer group is not retail",
                robot.lookup(".selection-words").queryAs(Label.class).getText());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(answered);
        Selection selection = result.orElseThrow();
        try (Ledger ledger = TestLedgers.demo(dir)) {
            assertEquals(List.of("C0002", "C0004"), accounts(ledger, selection));
        }
    }

    @Test
    void anInvalidRowShowsItsSentenceAndKeepsTheWindowOpenUntilItIsRemoved(FxRobot robot) {
        robot.clickOn("#open");
        robot.clickOn("#addButton");
        robot.write("*ApS");
        robot.clickOn("#addButton");
        robot.write("C0001..C0005..");

        Label rowError = visibleRowErrors(robot).get(0);
        assertEquals("The criteria “C0001..C0005..” has more than one .. in one value; a range has one start and one end, such as A..B.",
                rowError.getText());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(answered, "OK must not close the window while a row is invalid");
        assertEquals("Correct the marked rows, or remove them, before pressing OK.",
                robot.lookup("#summaryError").queryAs(Label.class).getText());

        robot.clickOn(removeButtons(robot).get(1));
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(answered);
        assertEquals("Account matches *ApS", result.orElseThrow().describe(Locale.ENGLISH));
    }

    @Test
    void escapeCancelsAndLeavesTheSelectionAsItWas(FxRobot robot) {
        robot.clickOn("#open");
        robot.clickOn("#addButton");
        robot.write("C0001");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(answered);
        assertEquals(Optional.empty(), result);
    }

    @Test
    void anEmptyRowIsRefusedOnOkWithTheSentenceAtTheRow(FxRobot robot) {
        robot.clickOn("#open");
        robot.clickOn("#addButton");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(answered);
        assertEquals("The criteria is empty. Type a value, a range such as A..B, or \"\" for blank.",
                visibleRowErrors(robot).get(0).getText());
        robot.type(KeyCode.ESCAPE);
    }

    // ---- helpers ----

    private static GridPane grid(FxRobot robot) {
        return robot.lookup("#rowsGrid").queryAs(GridPane.class);
    }

    private static <T extends Node> List<T> inRowOrder(FxRobot robot, String styleClass, Class<T> type) {
        List<T> nodes = new ArrayList<>();
        for (Node node : grid(robot).getChildren()) {
            if (node.getStyleClass().contains(styleClass)) {
                nodes.add(type.cast(node));
            }
        }
        nodes.sort(Comparator.comparingInt(n -> GridPane.getRowIndex(n)));
        return nodes;
    }

    private static TextField criteria(FxRobot robot, int row) {
        return inRowOrder(robot, "criteria-field", TextField.class).get(row);
    }

    private static List<Button> removeButtons(FxRobot robot) {
        return inRowOrder(robot, "remove-row", Button.class);
    }

    private static List<Label> visibleRowErrors(FxRobot robot) {
        return inRowOrder(robot, "row-error", Label.class).stream().filter(Node::isVisible).toList();
    }

    @SuppressWarnings("unchecked")
    private static void chooseField(FxRobot robot, int row, String name) {
        ComboBox<?> field = inRowOrder(robot, "field-choice", ComboBox.class).get(row);
        robot.clickOn(field);
        robot.clickOn(name);
    }

    /** The customer accounts a selection picks out of the ledger, through its own SQL and parameters. */
    static List<String> accounts(Ledger ledger, Selection selection) {
        SqlPredicate where = CriteriaSql.where(ledger.engine(), selection.fieldCriteria());
        String sql = "SELECT c.account FROM " + selection.catalog().source().from() + " WHERE " + where.sql() + " ORDER BY c.account";
        return ledger.inSessionTransaction(session -> session.doReturningWork(connection -> {
            List<String> accounts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < where.parameters().size(); i++) {
                    statement.setObject(i + 1, where.parameters().get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        accounts.add(rows.getString(1));
                    }
                }
            }
            return accounts;
        }));
    }

}
