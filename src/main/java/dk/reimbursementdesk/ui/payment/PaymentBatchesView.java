package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The controller of the posted batches: the list, the payments of the one chosen, and writing its bank file again. */
public final class PaymentBatchesView {

    private final VendorPaymentsViewModel screen;
    private final PaymentBatchesViewModel model;
    private final Consumer<PaymentBatchSummary> writeBankFile;

    @FXML private TableView<PaymentBatchSummary> batchTable;
    @FXML private TableColumn<PaymentBatchSummary, String> batchNumberColumn;
    @FXML private TableColumn<PaymentBatchSummary, String> batchDateColumn;
    @FXML private TableColumn<PaymentBatchSummary, String> batchCountColumn;
    @FXML private TableColumn<PaymentBatchSummary, String> batchTotalsColumn;
    @FXML private TableColumn<PaymentBatchSummary, String> batchFileColumn;
    @FXML private TableColumn<PaymentBatchSummary, String> batchExportedColumn;
    @FXML private TableView<PostedPayment> batchPaymentTable;
    @FXML private TableColumn<PostedPayment, String> paymentIdColumn;
    @FXML private TableColumn<PostedPayment, String> paymentVendorColumn;
    @FXML private TableColumn<PostedPayment, String> paymentNameColumn;
    @FXML private TableColumn<PostedPayment, String> paymentIbanColumn;
    @FXML private TableColumn<PostedPayment, String> paymentAmountColumn;
    @FXML private TableColumn<PostedPayment, String> paymentVoucherColumn;
    @FXML private TableColumn<PostedPayment, String> paymentRemittanceColumn;
    @FXML private TableColumn<PostedPayment, String> paymentBankStatusColumn;
    @FXML private ComboBox<Pain001Version> batchVersionCombo;
    @FXML private Button reexportButton;
    @FXML private Button printRemittanceButton;
    @FXML private Label batchStatusLabel;

    private final ReportPrinter printer;
    private Long selectedBatchId;

    /**
     * {@code screen} is the whole screen's model, whose batches this shows; {@code writeBankFile} asks
     * where and writes the batch's bank file; {@code printer} prints its remittance advice.
     */
    public PaymentBatchesView(VendorPaymentsViewModel screen, Consumer<PaymentBatchSummary> writeBankFile, ReportPrinter printer) {
        this.screen = screen;
        this.model = screen.batches();
        this.writeBankFile = writeBankFile;
        this.printer = printer;
    }

    @FXML
    private void initialize() {
        batchTable.setItems(model.batches());
        Columns.number(batchNumberColumn, PaymentBatchSummary::number);
        Columns.dateText(batchDateColumn, b -> b.paymentDate());
        Columns.text(batchCountColumn, b -> String.valueOf(b.paymentCount()));
        Columns.text(batchTotalsColumn, b -> Formats.totals(b.totals()));
        Columns.text(batchFileColumn, b -> b.filePath() == null ? "" : b.filePath().toString());
        Columns.text(batchExportedColumn, b -> Formats.dateTime(b.exportedAt()));
        batchTable.getSelectionModel().selectedItemProperty().addListener((o, was, batch) -> {
            if (batch != null) {
                selectedBatchId = batch.id();
            }
            model.showPayments(batch);
        });
        // Re-reading the list (after a re-export) keeps the batch the user had chosen.
        model.batches().addListener((ListChangeListener<PaymentBatchSummary>) change -> {
            if (selectedBatchId != null && batchTable.getSelectionModel().getSelectedItem() == null) {
                model.batches().stream().filter(b -> b.id() == selectedBatchId).findFirst()
                        .ifPresent(b -> batchTable.getSelectionModel().select(b));
            }
        });
        batchPaymentTable.setItems(model.batchPayments());
        Columns.text(paymentIdColumn, PostedPayment::endToEndId);
        Columns.number(paymentVendorColumn, PostedPayment::vendorAccount);
        Columns.name(paymentNameColumn, PostedPayment::creditorName);
        Columns.text(paymentIbanColumn, p -> Iban.formatted(p.creditorIban()));
        Columns.money(paymentAmountColumn, PostedPayment::amount);
        Columns.number(paymentVoucherColumn, PostedPayment::voucherNumber);
        Columns.text(paymentRemittanceColumn, PostedPayment::remittance);
        Columns.text(paymentBankStatusColumn, model::bankStatusOf);
        PaymentBindings.versionChoice(batchVersionCombo, model.versionProperty());
        reexportButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull()
                .or(screen.busyProperty()));
        PaymentBindings.statusLine(batchStatusLabel, screen);
        printRemittanceButton.setText(ReportPrinter.text("print.remittance"));
        printRemittanceButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull()
                .or(screen.busyProperty()));
    }

    @FXML
    private void onPrintRemittance() {
        printRemittance();
    }

    /** Print remittance advice… (and Ctrl+P on this tab): a page per payment of the chosen batch; false when none is chosen. */
    boolean printRemittance() {
        PaymentBatchSummary batch = batchTable.getSelectionModel().getSelectedItem();
        if (batch == null || screen.busyProperty().get()) {
            return false;
        }
        printer.printRemittance(batch.number(), screen::tell);
        return true;
    }

    @FXML
    private void onRefreshBatches() {
        model.refresh();
    }

    @FXML
    private void onReexport() {
        PaymentBatchSummary batch = batchTable.getSelectionModel().getSelectedItem();
        if (batch != null) {
            writeBankFile.accept(batch);
        }
    }
}
