package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentService.BankAccount;
import dk.reimbursementdesk.service.payment.ProposedPayment;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.FormValidation;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * The controller of the payments the chosen invoices make: payment date and bank account, the proposal
 * and what it leaves out, Post, and the bank file of the batch just posted.
 */
public final class PaymentProposalView {

    private final VendorPaymentsViewModel screen;
    private final PaymentProposalViewModel model;
    private final ResourceBundle text;
    private final Consumer<PaymentBatchSummary> writeBankFile;
    private final Predicate<String> confirmPost;

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

    /**
     * {@code screen} is the whole screen's model, whose proposal this shows; {@code writeBankFile} asks
     * where and writes the batch's bank file; {@code confirmPost} asks the user a question, true to go on.
     */
    public PaymentProposalView(VendorPaymentsViewModel screen, ResourceBundle text, Consumer<PaymentBatchSummary> writeBankFile,
                               Predicate<String> confirmPost) {
        this.confirmPost = confirmPost;
        this.screen = screen;
        this.model = screen.proposal();
        this.text = text;
        this.writeBankFile = writeBankFile;
    }

    @FXML
    private void initialize() {
        DateField.attach(paymentDateField, model.paymentDateUnreadableProperty());
        FormValidation.sentenceUnder(paymentDateField).textProperty().bind(model.paymentDateUnreadableProperty());
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
        Columns.number(proposalVendorColumn, ProposedPayment::vendorAccount);
        Columns.name(proposalNameColumn, ProposedPayment::vendorName);
        Columns.text(proposalIbanColumn, p -> Iban.formatted(p.iban()));
        Columns.money(proposalAmountColumn, ProposedPayment::amount);
        Columns.text(proposalRemittanceColumn, ProposedPayment::remittance);
        leftOutLabel.textProperty().bind(model.leftOutTextProperty());
        hideWhenEmpty(leftOutLabel);

        postButton.disableProperty().bind(model.canPostBinding().not());
        progressIndicator.visibleProperty().bind(screen.busyProperty());
        progressIndicator.progressProperty().bind(screen.progressProperty());
        PaymentBindings.statusLine(statusLabel, screen);
        PaymentBindings.versionChoice(versionCombo, screen.batches().versionProperty());
        exportButton.disableProperty().bind(model.lastBatchProperty().isNull().or(screen.busyProperty()));
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onPost() {
        // Posting pays vendors and cannot be undone: it is asked first, naming what it spends.
        String question = model.postQuestion();
        if (!question.isEmpty() && confirmPost.test(question)) {
            model.post();
        }
    }

    @FXML
    private void onExport() {
        PaymentBatchSummary batch = model.lastBatchProperty().get();
        if (batch != null) {
            writeBankFile.accept(batch);
        }
    }
}
