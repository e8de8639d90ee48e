package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/** The Reimbursement dialog's controller: binds controls to the view model and forwards the buttons. */
public final class ReimbursementView {

    private final ReimbursementViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private DatePicker postingDate;
    @FXML
    private Label postingDateError;
    @FXML
    private CheckBox summarize;
    @FXML
    private Button selectButton;
    @FXML
    private Label selectionText;
    @FXML
    private Label countText;
    @FXML
    private TableView<Proposal> proposals;
    @FXML
    private TableColumn<Proposal, String> proposalCustomer;
    @FXML
    private TableColumn<Proposal, String> proposalName;
    @FXML
    private TableColumn<Proposal, String> proposalCurrency;
    @FXML
    private TableColumn<Proposal, String> proposalCredit;
    @FXML
    private TableColumn<Proposal, String> proposalCreditAcc;
    @FXML
    private TableColumn<Proposal, String> proposalVendor;
    @FXML
    private TableColumn<Proposal, String> proposalDocument;
    @FXML
    private Label totals;
    @FXML
    private TableView<Exclusion> exclusions;
    @FXML
    private TableColumn<Exclusion, String> exclusionCustomer;
    @FXML
    private TableColumn<Exclusion, String> exclusionName;
    @FXML
    private TableColumn<Exclusion, String> exclusionCurrency;
    @FXML
    private TableColumn<Exclusion, String> exclusionReason;
    @FXML
    private TableColumn<Exclusion, String> exclusionExplanation;
    @FXML
    private Label error;
    @FXML
    private Label status;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancelButton;
    @FXML
    private Button previewButton;
    @FXML
    private Button okButton;

    public ReimbursementView(ReimbursementViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindInputs();
        bindProposals();
        bindExclusions();
        totals.textProperty().bind(viewModel.previewResults().totalsTextProperty());
        error.textProperty().bind(viewModel.errorProperty());
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("run-summary");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        for (Label line : new Label[] {error, status, postingDateError}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
        }
        cancelButton.visibleProperty().bind(viewModel.cancellableProperty());
        cancelButton.disableProperty().bind(viewModel.cancellableProperty().not());
        previewButton.disableProperty().bind(viewModel.startDisabled());
        okButton.disableProperty().bind(viewModel.startDisabled());
    }

    private void bindInputs() {
        ReimbursementRequestViewModel request = viewModel.request();
        postingDate.setConverter(new DateFieldConverter(request::postingDateUnreadable));
        postingDate.valueProperty().bindBidirectional(request.postingDateProperty());
        postingDateError.textProperty().bind(request.postingDateErrorProperty());
        summarize.selectedProperty().bindBidirectional(request.summarizeProperty());
        selectionText.textProperty().bind(request.selectionTextProperty());
        countText.textProperty().bind(request.countTextProperty());
        postingDate.disableProperty().bind(viewModel.busyProperty());
        summarize.disableProperty().bind(viewModel.busyProperty());
        selectButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void bindProposals() {
        proposals.setItems(viewModel.previewResults().proposals());
        text(proposalCustomer, Proposal::customerAccount);
        text(proposalName, Proposal::customerName);
        text(proposalCurrency, Proposal::currency);
        amount(proposalCredit, Proposal::credit);
        amount(proposalCreditAcc, Proposal::creditAcc);
        text(proposalVendor, p -> p.newOneTimeVendor() ? ReimbursementTexts.text("reimbursement.newOneTimeVendor") : p.vendorAccount());
        text(proposalDocument, Proposal::sourceDocument);
        // A summarized run reimburses balances, not documents: there is no document to show.
        proposalDocument.visibleProperty().bind(viewModel.request().summarizeProperty().not());
        proposalCreditAcc.textProperty().bind(viewModel.previewResults().previewProperty().map(p ->
                ReimbursementTexts.text("column.creditAccIn", p.accountingCurrency())).orElse(ReimbursementTexts.text("column.creditAcc")));
    }

    private void bindExclusions() {
        exclusions.setItems(viewModel.previewResults().exclusions());
        text(exclusionCustomer, Exclusion::customerAccount);
        text(exclusionName, Exclusion::customerName);
        text(exclusionCurrency, Exclusion::currency);
        text(exclusionReason, e -> ReimbursementTexts.text("reason." + e.reason().name()));
        text(exclusionExplanation, Exclusion::explanation);
        // The sentence can be longer than the column: the whole of it is one hover away.
        exclusionExplanation.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    }

    private static <S> void amount(TableColumn<S, String> column, Function<S, BigDecimal> value) {
        column.setCellValueFactory(cell -> constant(ReimbursementTexts.amount(value.apply(cell.getValue()))));
        column.setCellFactory(c -> new TableCell<>() {
            {
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text == null ? "" : text).getReadOnlyProperty();
    }

    @FXML
    private void select() {
        QueryBuilderDialog.show(root.getScene().getWindow(), viewModel.request().selectionProperty().get())
                .ifPresent(viewModel.request().selectionProperty()::set);
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void post() {
        if (viewModel.request().postNeedsConfirmation() && !confirmEveryone()) {
            return;
        }
        viewModel.post();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** Asks before reimbursing every customer; No is the default, so Enter does not post by accident. */
    private boolean confirmEveryone() {
        ButtonType yes = new ButtonType(ReimbursementTexts.text("reimbursement.confirmAll.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(ReimbursementTexts.text("reimbursement.confirmAll.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.request().confirmationText(), yes, no);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(ReimbursementTexts.text("reimbursement.confirmAll.title"));
        alert.setHeaderText(ReimbursementTexts.text("reimbursement.confirmAll.header"));
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
