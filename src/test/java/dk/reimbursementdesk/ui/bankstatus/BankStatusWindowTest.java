package dk.reimbursementdesk.ui.bankstatus;

import static dk.reimbursementdesk.service.payment.Pain002Builder.tx;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.Pain002Builder;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.ReimbursementFixture;
import dk.reimbursementdesk.service.payment.WrittenFile;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.status.StatusImport.Effect;
import dk.reimbursementdesk.service.payment.status.StatusImport.Line;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.testing.Pain001Schemas;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.MainWindowView;
import dk.reimbursementdesk.ui.shell.MainWindowViewModel;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import dk.reimbursementdesk.ui.shell.ShellHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Import bank status… in the real main window on a real ledger: three reimbursements paid and
 * their pain.001 written, the bank's pain.002 built in the test (one RJCT, two accepted), imported
 * through the window off the FX thread; the result dialog lists each transaction, the ledger has the
 * rejection reversed; a second import changes nothing and says so; a file that is not the bank's
 * answer is refused with its sentence. The rejected refund then shows open with the bank's reason on
 * the Reimbursement list and in the payment journal, in English and Danish.
 */
@ExtendWith(ApplicationExtension.class)
class BankStatusWindowTest {

    private static final LocalDate REIMBURSED = LocalDate.of(2026, 11, 2);
    private static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    private final Locale originalLocale = Locale.getDefault();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Path dir;
    private Ledger ledger;
    private Services services;
    private ChoosingDialogs dialogs;
    private MainWindowViewModel viewModel;
    private Stage stage;
    private PaymentRun run;
    private WrittenFile written;
    private String eur;
    private String dkkFirst;
    private String dkkSecond;

    @Start
    void start(Stage stage) throws IOException {
        Locale.setDefault(Locale.UK);
        dir = Files.createTempDirectory("bank-status-window");
        ledger = TestLedgers.demo(dir);
        services = new Services(ledger);
        eur = ReimbursementFixture.reimburse(ledger, "C0004", "EUR", REIMBURSED);
        dkkFirst = ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        dkkSecond = ReimbursementFixture.reimburse(ledger, "C0008", "DKK", REIMBURSED);
        List<Long> reimbursements = services.payments().openInvoices(OpenInvoiceQuery.all()).stream()
                .filter(i -> !i.reimbursements().isEmpty()).map(OpenInvoice::transactionId).toList();
        run = services.payments().post(reimbursements, PAY_DATE, false);
        written = services.payments().exportFile(run.batch().id(), Pain001Version.V09, dir.resolve("pain001.xml"));
        Pain001Schemas.assertValid(written.file());

        dialogs = new ChoosingDialogs(new FxDialogService(stage));
        this.stage = stage;
        showWindow(stage);
    }

    @AfterEach
    void closeAndClean(FxRobot robot) throws IOException {
        robot.interact(() -> viewModel.closeCurrentScreen());
        tasks.close();
        assertTrue(services.ledgerCheck().check().allWell(), () -> String.join("\n", services.ledgerCheck().check().findings()));
        ledger.close();
        Locale.setDefault(originalLocale);
        WindowRobot.deleteTree(dir);
    }

    @Test
    void theImportListsEachTransactionReversesTheRejectedOneAndASecondImportChangesNothing(FxRobot robot) throws IOException {
        Path answer = oneRejectedTwoAccepted("STS-1");

        importThroughTheMenu(robot, answer);
        WindowRobot.waitUntil(() -> robot.lookup("#statusTable").tryQuery().isPresent());
        TableView<Line> table = robot.lookup("#statusTable").queryTableView();
        assertEquals(3, table.getItems().size());

        assertEquals(List.of(paymentOf(eur).endToEndId(), paymentOf(dkkFirst).endToEndId(), paymentOf(dkkSecond).endToEndId()),
                table.getItems().stream().map(Line::endToEndId).toList());
        assertEquals(List.of("RJCT", "ACSC", "ACCP"), table.getItems().stream().map(Line::status).toList());
        assertEquals(List.of(Effect.REJECTED, Effect.CONFIRMED, Effect.CONFIRMED), table.getItems().stream().map(Line::effect).toList());
        assertTrue(shown(robot, "AC04 Closed account"), "the reason as the bank gave it");
        String reversal = table.getItems().get(0).voucher();
        assertTrue(shown(robot, "Payment reversed in voucher " + reversal + "; the invoice is open again"));
        assertEquals("Status report STS-1 (pain.002.001.10, answering " + written.messageId()
                        + "): 1 rejected and reversed, 2 confirmed by the bank, 0 pending, 0 unchanged.",
                robot.lookup("#statusSummary").queryAs(Label.class).getText());
        robot.clickOn(WindowRobot.labelled(robot, "Close"));

        assertEquals(ReimbursementStatus.OPEN, statusOf(eur), "the rejected refund is back on the desk");
        assertEquals(ReimbursementStatus.PAID, statusOf(dkkFirst));
        assertEquals(ReimbursementStatus.PAID, statusOf(dkkSecond));
        assertTrue(services.payments().openInvoices(OpenInvoiceQuery.all()).stream().anyMatch(i -> i.reimbursements().contains(eur)),
                "its vendor invoice is open to pay again");
        var before = TestLedgers.snapshot(ledger);

        importThroughTheMenu(robot, answer);
        WindowRobot.waitUntil(() -> robot.lookup("#statusSummary").tryQuery().isPresent());
        String again = robot.lookup("#statusSummary").queryAs(Label.class).getText();
        assertTrue(again.startsWith("Status report STS-1 was already imported on ") && again.endsWith("; nothing changed."), again);
        robot.clickOn(WindowRobot.labelled(robot, "Close"));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aFileThatIsNotTheBanksAnswerIsToldAsItsSentenceAndChangesNothing(FxRobot robot) {
        var before = TestLedgers.snapshot(ledger);

        importThroughTheMenu(robot, written.file());

        String sentence = "The file is not a payment status report: a pain.002.001.10 or pain.002.001.03 document was expected.";
        WindowRobot.waitUntil(() -> shown(robot, sentence));
        robot.clickOn(WindowRobot.labelled(robot, "OK"));
        assertEquals(before, TestLedgers.snapshot(ledger));
        assertFalse(robot.lookup("#statusTable").tryQuery().isPresent(), "no result is shown for a refused file");
    }

    @Test
    void theRejectedRefundIsOpenWithTheBanksReasonOnTheListAndInThePaymentJournal(FxRobot robot) throws IOException {
        // the list open while the answer comes in: it is read again, not left saying Paid
        robot.clickOn(treeCell(robot, "Reimbursements"));
        WindowRobot.waitUntil(() -> shown(robot, "Paid"));
        importThroughTheMenu(robot, oneRejectedTwoAccepted("STS-1"));
        WindowRobot.waitUntil(() -> robot.lookup("#statusTable").tryQuery().isPresent());
        robot.clickOn(WindowRobot.labelled(robot, "Close"));

        assertListAndJournalShow(robot, "Reimbursements", "Vendor payments", "Posted payments", "Open, rejected by bank: AC04 Closed account",
                List.of("Open, rejected by bank: AC04 Closed account", "Confirmed by the bank (ACSC)", "Confirmed by the bank (ACCP)"));
    }

    @Test
    void inDanishTheRejectedRefundIsOpenAfvistAfBanken(FxRobot robot) throws IOException {
        services.bankStatus().importFile(oneRejectedTwoAccepted("STS-1"));
        robot.interact(() -> {
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            showWindow(stage);
        });

        assertListAndJournalShow(robot, "Refusioner", "Kreditorbetalinger", "Bogførte betalinger", "Åben, afvist af banken: AC04 Closed account",
                List.of("Åben, afvist af banken: AC04 Closed account", "Bekræftet af banken (ACSC)", "Bekræftet af banken (ACCP)"));
    }

    /** The list's status cell of the rejected refund, then the journal's bank status of each payment of the batch. */
    private void assertListAndJournalShow(FxRobot robot, String listEntry, String paymentsEntry, String postedTab, String listed,
                                          List<String> journal) {
        robot.clickOn(treeCell(robot, listEntry));
        WindowRobot.waitUntil(() -> shown(robot, listed));
        TableView<ReimbursementListService.Row> list = robot.lookup("#table").queryTableView();
        assertEquals("AC04 Closed account", list.getItems().stream().filter(r -> r.number().equals(eur)).findFirst().orElseThrow().bankRejection());
        assertTrue(list.getItems().stream().filter(r -> !r.number().equals(eur)).noneMatch(ReimbursementListService.Row::rejectedByBank));

        robot.clickOn(treeCell(robot, paymentsEntry));
        robot.clickOn(WindowRobot.labelled(robot, postedTab));
        TableView<?> batches = robot.lookup("#batchTable").queryTableView();
        WindowRobot.waitUntil(() -> batches.getItems().size() == 1);
        robot.clickOn(WindowRobot.labelled(robot, run.batch().number()));
        for (String status : journal) {
            WindowRobot.waitUntil(() -> shown(robot, status));
        }
    }

    private void showWindow(Stage stage) {
        if (viewModel != null) {
            viewModel.closeCurrentScreen();
        }
        viewModel = new MainWindowViewModel(new Host(services), ScreenRegistry.standard(), tasks, dialogs);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(MainWindowView.load(viewModel, dialogs)));
        } else {
            stage.getScene().setRoot(MainWindowView.load(viewModel, dialogs));
        }
        stage.show();
    }

    private static TreeCell<?> treeCell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").match((TreeCell<?> cell) -> text.equals(cell.getText())).queryAs(TreeCell.class);
    }

    private void importThroughTheMenu(FxRobot robot, Path file) {
        dialogs.files.add(file);
        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Import bank status\u2026"));
        WindowRobot.waitUntil(() -> !tasks.busy() && dialogs.files.isEmpty());
    }

    private Path oneRejectedTwoAccepted(String messageId) throws IOException {
        String xml = new Pain002Builder(messageId, written.messageId())
                .group("PART", null)
                .block(written.messageId() + "-1", null, null,
                        tx(paymentOf(eur).endToEndId(), "RJCT", "AC04", "Closed account"),
                        tx(paymentOf(dkkFirst).endToEndId(), "ACSC"),
                        tx(paymentOf(dkkSecond).endToEndId(), "ACCP"))
                .v10();
        return Files.writeString(dir.resolve(messageId + ".xml"), xml);
    }

    private PostedPayment paymentOf(String reimbursement) {
        return run.payments().stream().filter(p -> p.reimbursements().contains(reimbursement)).findFirst().orElseThrow();
    }

    private ReimbursementStatus statusOf(String reimbursement) {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery(
                        "select r.status from Reimbursement r where r.number = :n", ReimbursementStatus.class)
                .setParameter("n", reimbursement).getSingleResult());
    }

    /** A text in a label or a table cell of a showing window. */
    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled && text.equals(labeled.getText())
                && node.getScene() != null && node.getScene().getWindow().isShowing()).tryQuery().isPresent();
    }

    /** The real dialogs, but the file chooser (a native window a robot cannot drive) answers what the test queued. */
    private static final class ChoosingDialogs implements DialogService {
        final Deque<Path> files = new ArrayDeque<>();
        private final FxDialogService real;

        ChoosingDialogs(FxDialogService real) {
            this.real = real;
        }

        @Override
        public void showError(String sentence) {
            real.showError(sentence);
        }

        @Override
        public void showInformation(String title, String text) {
            real.showInformation(title, text);
        }

        @Override
        public boolean confirm(String question) {
            return real.confirm(question);
        }

        @Override
        public boolean confirm(String title, String header, String question, String yes, String no) {
            return real.confirm(title, header, question, yes, no);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, List<ExtensionFilter> filters) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, List<ExtensionFilter> filters) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public <R> Optional<R> showCustomDialog(Dialog<R> dialog) {
            return real.showCustomDialog(dialog);
        }
    }

    /** The window's host on the test's ledger: nothing else is opened, created or switched to here. */
    private record Host(Services services) implements ShellHost {
        @Override
        public void openLedger(Path file) {
        }

        @Override
        public void createLedger(Path file, String companyCode, String companyName, String accountingCurrency) {
        }

        @Override
        public Locale language() {
            return Locale.getDefault();
        }

        @Override
        public void switchLanguage(Locale locale) {
        }

        @Override
        public void exit() {
        }
    }
}
