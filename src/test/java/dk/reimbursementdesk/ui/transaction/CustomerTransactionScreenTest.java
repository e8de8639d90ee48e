package dk.reimbursementdesk.ui.transaction;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService.PostedTransaction;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


@ExtendWith(ApplicationExtension.class)
class CustomerTransactionScreenTest {

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
        ledger = TestLedgers.demo(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void paymentLargerThanTheOpenInvoicesShowsACreditBalanceOnTheCustomerList(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomerTransactionScreen(), new Services(ledger));
        // C0006 owes 12,500.00 DKK on one invoice.
        robot.clickOn("#customerField").write("C0006");
        ScreenHarness.waitUntil(() -> robot.lookup("#customerNameLabel").queryAs(Label.class).getText().equals("Svendsen Byg A/S, balance 12,500.00 DKK"));
        robot.clickOn("#typeBox").clickOn("Payment");
        robot.clickOn("#documentField").write("PAY-7001");
        robot.clickOn("#amountField").write("13,000.00").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> message(robot).startsWith("Posted as voucher"));
        ScreenHarness.waitUntil(() -> robot.lookup("#customerNameLabel").queryAs(Label.class).getText()
                .equals("Svendsen Byg A/S, balance -500.00 DKK"));

        ScreenHarness.close(screen);
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        TableView<Row> table = robot.lookup("#customerTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 12);
        Row c0006 = table.getItems().stream().filter(r -> r.account().equals("C0006")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("-500.00"), c0006.balance());
        assertEquals("Balance (DKK)", table.getColumns().get(5).getText());
        assertTrue(robot.lookup("-500.00").tryQuery().isPresent(), "the credit balance is shown in the list");
    }

    @Test
    void overPreciseAmountIsRefusedAndNothingIsPosted(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomerTransactionScreen(), new Services(ledger));
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#customerField").write("C0006");
        ScreenHarness.waitUntil(() -> !robot.lookup("#customerNameLabel").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#documentField").write("INV-7002");
        robot.clickOn("#amountField").write("10.005").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> message(robot).contains("more decimals"));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLookupChoosesTheCustomerAndThePostedTransactionsShowUnderTheFormNewestFirst(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomerTransactionScreen(), new Services(ledger));
        TableView<PostedTransaction> posted = robot.lookup("#postedTable").queryAs(TableView.class);
        assertTrue(posted.getItems().isEmpty(), "no customer, no transactions");
        robot.clickOn("#customerLookup").write("Svendsen").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> "C0006".equals(robot.lookup("#customerField").queryAs(TextField.class).getText()));
        ScreenHarness.waitUntil(() -> posted.getItems().size() == 1);
        assertEquals(new BigDecimal("12500.00"), posted.getItems().get(0).amount());
        assertEquals(CustomerTransactionType.INVOICE, posted.getItems().get(0).type());

        robot.clickOn("#typeBox").clickOn("Payment");
        robot.clickOn("#documentField").write("PAY-7005");
        robot.clickOn("#amountField").write("100.00").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> posted.getItems().size() == 2);
        assertEquals("PAY-7005", posted.getItems().get(0).document(), "the new payment comes first");
        assertTrue(message(robot).contains(posted.getItems().get(0).voucher()), "its voucher number is the one posted");
    }
}
