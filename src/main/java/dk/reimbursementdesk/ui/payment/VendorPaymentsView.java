package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentService.BankAccount;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.ProposedPayment;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.util.StringConverter;

/** The FXML controller of Vendor payments: binds the controls to the view model and forwards clicks. */
public final class VendorPaymentsView {

    private final VendorPaymentsViewModel model;
    private final DialogService dialogs;
    private final ResourceBundle text;

    @FXML private BorderPane root;
    @FXML private TextField vendorField;
    @FXML private TextField groupField;
    @FXML private TextField currencyField;
    @FXML private DatePicker dueField;
    @FXML private CheckBox reimbursementsOnlyBox;
    @FXML private Label filterErrorLabel;
    @FXML private TableView<InvoiceRow> invoiceTable;
    @FXML private TableColumn<InvoiceRow, Boolean> selectColumn;
    @FXML private TableColumn<InvoiceRow, String> vendorColumn;
    @FXML private TableColumn<InvoiceRow, String> nameColumn;
    @FXML private TableColumn<InvoiceRow, String> ibanColumn;
    @FXML private TableColumn<InvoiceRow, String> bicColumn;
    @FXML private TableColumn<InvoiceRow, String> documentColumn;
    @FXML private TableColumn<InvoiceRow, String> dueColumn;
    @FXML private TableColumn<InvoiceRow, String> amountColumn;
    @FXML private TableColumn<InvoiceRow, String> reimbursementColumn;
    @FXML private TableColumn<InvoiceRow, String> customerColumn;
    @FXML private Label selectionLabel;
    @FXML private DatePicker paymentDateField;
    @FXML private ComboBox<BankAccount> bankCombo;
    @FXML private CheckBox leaveOutBox;
    @FXML private Label bankProblemLabel;
    @FXML private Label proposalLabel;
    @FXML private TableView<ProposedPayment> proposalTable;
    @FXML private TableColumn<ProposedPayment, String> proposalVendorColumn;
    @FXML private TableColumn<ProposedPayment, String> proposalNameColumn;
    @FXML private TableColumn<ProposedPayment, String> proposalIbanColumn;
    @FXML private TableColumn<ProposedPayment, String> proposalAmountColumn;
    @FXML private TableColumn<ProposedPayment, String> proposalRemittanceColumn;
    @FXML private Label leftOutLabel;
    @FXML private Button postButton;
    @FXML private ProgressIndicator progressIndicator;
    @FXML private Label statusLabel;
    @FXML private ComboBox<Pain001Version> versionCombo;
    @FXML private Button exportButton;
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
    @FXML private ComboBox<Pain001Version> batchVersionCombo;
    @FXML private Button reexportButton;
    @FXML private Label batchStatusLabel;

    private Long selectedBatchId;

    public VendorPaymentsView(VendorPaymentsViewModel model, DialogService dialogs, ResourceBundle text) {
        this.model = model;
        this.dialogs = dialogs;
        this.text = text;
    }

    @FXML
    private void initialize() {
        vendorField.textProperty().bindBidirectional(model.vendorFilterProperty());
        groupField.textProperty().bindBidirectional(model.groupFilterProperty());
        currencyField.textProperty().bindBidirectional(model.currencyFilterProperty());
        dueField.valueProperty().bindBidirectional(model.dueFilterProperty());
        reimbursementsOnlyBox.selectedProperty().bindBidirectional(model.reimbursementsOnlyProperty());
        model.vendorFilterErrorProperty().addListener((o, was, now) -> showFilterError());
        model.groupFilterErrorProperty().addListener((o, was, now) -> showFilterError());

        invoiceTable.setItems(model.invoices());
        selectColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        selectColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectColumn));
        invoiceColumn(vendorColumn, OpenInvoice::vendorAccount);
        invoiceColumn(nameColumn, OpenInvoice::vendorName);
        invoiceColumn(ibanColumn, i -> i.iban() == null ? "" : Iban.formatted(i.iban()));
        invoiceColumn(bicColumn, i -> i.bic() == null ? "" : i.bic());
        invoiceColumn(documentColumn, OpenInvoice::document);
        invoiceColumn(dueColumn, i -> Formats.date(i.dueDate() == null ? i.transactionDate() : i.dueDate()));
        Columns.money(amountColumn, row -> row.invoice().openAmount());
        invoiceColumn(reimbursementColumn, i -> String.join(", ", i.reimbursements()));
        invoiceColumn(customerColumn, i -> i.customerAccount() == null ? "" : i.customerAccount() + " " + i.customerName());
        invoiceTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(InvoiceRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("unpayable");
                setTooltip(null);
                if (!empty && row != null && !row.invoice().payable()) {
                    getStyleClass().add("unpayable");
                    setTooltip(new Tooltip(row.invoice().accountProblem()));
                }
            }
        });
        selectionLabel.textProperty().bind(model.selectionSummaryProperty());

        paymentDateField.valueProperty().bindBidirectional(model.paymentDateProperty());
        bankCombo.setItems(model.bankAccounts());
        bankCombo.valueProperty().bindBidirectional(model.bankAccountProperty());
        bankCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(BankAccount account) {
                if (account == null) {
                    return text.getString("bank.none");
                }
                String iban = account.iban() == null ? "" : " · " + Iban.formatted(account.iban());
                String bic = account.bic() == null ? "" : " · " + account.bic();
                return account.ledgerAccount() + " " + account.ledgerAccountName() + iban + bic;
            }

            @Override
            public BankAccount fromString(String s) {
                return bankCombo.getValue();
            }
        });
        leaveOutBox.selectedProperty().bindBidirectional(model.leaveOutProperty());
        bankProblemLabel.textProperty().bind(model.bankProblemProperty());
        hideWhenEmpty(bankProblemLabel);
        proposalLabel.textProperty().bind(model.proposalSummaryProperty());
        proposalTable.setItems(model.proposedPayments());
        proposalColumn(proposalVendorColumn, ProposedPayment::vendorAccount);
        proposalColumn(proposalNameColumn, ProposedPayment::vendorName);
        proposalColumn(proposalIbanColumn, p -> Iban.formatted(p.iban()));
        Columns.money(proposalAmountColumn, ProposedPayment::amount);
        proposalColumn(proposalRemittanceColumn, ProposedPayment::remittance);
        leftOutLabel.textProperty().bind(model.leftOutTextProperty());
        hideWhenEmpty(leftOutLabel);

        postButton.disableProperty().bind(model.canPostBinding().not());
        progressIndicator.visibleProperty().bind(model.busyProperty());
        progressIndicator.progressProperty().bind(model.progressProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        batchStatusLabel.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, error) -> {
            for (Label label : new Label[] {statusLabel, batchStatusLabel}) {
                label.getStyleClass().remove("status-error");
                if (error) {
                    label.getStyleClass().add("status-error");
                }
            }
        });

        for (ComboBox<Pain001Version> combo : java.util.List.of(versionCombo, batchVersionCombo)) {
            combo.getItems().setAll(Pain001Version.V09, Pain001Version.V03);
            combo.valueProperty().bindBidirectional(model.versionProperty());
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Pain001Version v) {
                    return v == null ? "" : v.namespace().substring(v.namespace().lastIndexOf(':') + 1);
                }

                @Override
                public Pain001Version fromString(String s) {
                    return combo.getValue();
                }
            });
        }
        exportButton.disableProperty().bind(model.lastBatchProperty().isNull().or(model.busyProperty()));

        batchTable.setItems(model.batches());
        batchColumn(batchNumberColumn, PaymentBatchSummary::number);
        batchColumn(batchDateColumn, b -> Formats.date(b.paymentDate()));
        batchColumn(batchCountColumn, b -> String.valueOf(b.paymentCount()));
        batchColumn(batchTotalsColumn, b -> Formats.totals(b.totals()));
        batchColumn(batchFileColumn, b -> b.filePath() == null ? "" : b.filePath().toString());
        batchColumn(batchExportedColumn, b -> Formats.dateTime(b.exportedAt()));
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
        column(paymentIdColumn, PostedPayment::endToEndId);
        column(paymentVendorColumn, PostedPayment::vendorAccount);
        column(paymentNameColumn, PostedPayment::creditorName);
        column(paymentIbanColumn, p -> Iban.formatted(p.creditorIban()));
        Columns.money(paymentAmountColumn, PostedPayment::amount);
        column(paymentVoucherColumn, PostedPayment::voucherNumber);
        column(paymentRemittanceColumn, PostedPayment::remittance);
        reexportButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
    }

    private void showFilterError() {
        String error = model.vendorFilterErrorProperty().get() != null
                ? model.vendorFilterErrorProperty().get() : model.groupFilterErrorProperty().get();
        markInvalid(vendorField, model.vendorFilterErrorProperty().get() != null);
        markInvalid(groupField, model.groupFilterErrorProperty().get() != null);
        filterErrorLabel.setText(error == null ? "" : error);
        filterErrorLabel.setVisible(error != null);
        filterErrorLabel.setManaged(error != null);
    }

    private static void markInvalid(TextField field, boolean invalid) {
        field.getStyleClass().remove("invalid");
        if (invalid) {
            field.getStyleClass().add("invalid");
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void invoiceColumn(TableColumn<InvoiceRow, String> column, Function<OpenInvoice, String> value) {
        column.setCellValueFactory(c -> constant(value.apply(c.getValue().invoice())));
    }

    private static void proposalColumn(TableColumn<ProposedPayment, String> column, Function<ProposedPayment, String> value) {
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
    }

    private static void batchColumn(TableColumn<PaymentBatchSummary, String> column, Function<PaymentBatchSummary, String> value) {
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value).getReadOnlyProperty();
    }

    @FXML
    private void onShow() {
        model.refresh();
    }

    @FXML
    private void onSelectAll() {
        model.selectAll();
    }

    @FXML
    private void onSelectNone() {
        model.selectNone();
    }

    @FXML
    private void onPost() {
        model.post();
    }

    @FXML
    private void onExport() {
        PaymentBatchSummary batch = model.lastBatchProperty().get();
        if (batch != null) {
            chooseAndExport(batch);
        }
    }

    @FXML
    private void onRefreshBatches() {
        model.refreshBatches();
    }

    @FXML
    private void onReexport() {
        PaymentBatchSummary batch = batchTable.getSelectionModel().getSelectedItem();
        if (batch != null) {
            chooseAndExport(batch);
        }
    }

    private void chooseAndExport(PaymentBatchSummary batch) {
        dialogs.chooseFileToSave(text.getString("file.chooserTitle"), model.suggestedFileName(batch),
                List.of(new ExtensionFilter(text.getString("file.filter"), "*.xml")))
                .ifPresent((Path file) -> model.export(batch, file));
    }

    BorderPane root() {
        return root;
    }
}
