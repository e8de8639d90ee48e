package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.ExclusionReason;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateFieldConverter;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.SavedSelectionChoice;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import javafx.scene.layout.BorderPane;

/** The Reimbursement dialog's controller: binds controls to the view model and forwards the buttons. */
public final class ReimbursementView {

    private final ReimbursementViewModel viewModel;
    private final DialogService dialogs;

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
    private ComboBox<SavedSelection> savedSelectionBox;
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
    private TableColumn<Proposal, String> proposalAmount;
    @FXML
    private Label amountError;
    @FXML
    private Label totals;
    @FXML
    private TableView<Exclusion> exclusions;
    @FXML
    private Label exclusionDetail;
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
    @FXML
    private Button holdButton;
    @FXML
    private Button printPreviewButton;
    @FXML
    private Button printRunButton;

    private final ReportPrinter printer;

    private final SavedSelectionService saved;

    /**
     * {@code printer} null: the dialog offers no printing; {@code saved} null: the query builder offers
     * no Save as… and Manage… (tests over given actions).
     */
    public ReimbursementView(ReimbursementViewModel viewModel, DialogService dialogs, ReportPrinter printer, SavedSelectionService saved) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.printer = printer;
        this.saved = saved;
    }

    @FXML
    private void initialize() {
        bindInputs();
        bindProposals();
        bindExclusions();
        offerHold(proposals, Proposal::customerAccount, Proposal::customerName);
        offerHold(exclusions, Exclusion::customerAccount, Exclusion::customerName);
        holdButton.setText(ReimbursementTexts.text("reimbursement.hold.menu"));
        holdButton.disableProperty().bind(holdTarget.isNull().or(viewModel.busyProperty()));
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
        printPreviewButton.setText(ReportPrinter.text("print.preview"));
        printPreviewButton.disableProperty().bind(viewModel.startDisabled());
        printRunButton.setText(ReportPrinter.text("print.runReport"));
        printRunButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.lastRunProperty().isNull()));
        for (Button print : new Button[] {printPreviewButton, printRunButton}) {
            print.setVisible(printer != null);
            print.setManaged(printer != null);
        }
    }

    @FXML
    private void printPreview() {
        if (printer != null && !viewModel.startDisabled().get()) {
            printer.printPreview(viewModel.request().request(), viewModel::tell);
        }
    }

    @FXML
    private void printRun() {
        if (printer != null && viewModel.lastRunProperty().get() != null && !viewModel.busyProperty().get()) {
            printer.printRun(viewModel.lastRunProperty().get().runId(), viewModel::tell);
        }
    }

    /** Ctrl+P: the report of the run just posted, otherwise the proposal for the settings as they stand. */
    boolean printCurrent() {
        if (printer == null || viewModel.busyProperty().get()) {
            return false;
        }
        if (viewModel.lastRunProperty().get() != null) {
            printRun();
        } else {
            printPreview();
        }
        return true;
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
        savedSelectionBox.setItems(request.savedSelections());
        SavedSelectionChoice.install(savedSelectionBox, ReimbursementTexts.text("reimbursement.saved.none"));
        savedSelectionBox.valueProperty().bindBidirectional(request.savedSelectionProperty());
        savedSelectionBox.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(request.savedSelections())));
    }

    private void bindProposals() {
        proposals.setItems(viewModel.previewResults().proposals());
        Columns.number(proposalCustomer, Proposal::customerAccount);
        Columns.name(proposalName, Proposal::customerName);
        Columns.text(proposalCurrency, Proposal::currency);
        Columns.amount(proposalCredit, Proposal::credit);
        Columns.amount(proposalCreditAcc, Proposal::creditAcc);
        Columns.text(proposalVendor, p -> p.newOneTimeVendor() ? ReimbursementTexts.text("reimbursement.newOneTimeVendor") : p.vendorAccount());
        Columns.number(proposalDocument, Proposal::sourceDocument);
        // A summarized run reimburses balances, not documents: there is no document to show.
        proposalDocument.visibleProperty().bind(viewModel.request().summarizeProperty().not());
        proposalCreditAcc.textProperty().bind(viewModel.previewResults().previewProperty().map(p ->
                ReimbursementTexts.text("column.creditAccIn", p.accountingCurrency())).orElse(ReimbursementTexts.text("column.creditAcc")));
        bindAmounts();
    }

    /**
     * The amount column: what each reimbursement is for, editable (double-click, type, Enter) for a
     * summarized proposal. A refused amount keeps the one before; its cell is marked and tells the
     * sentence in a tooltip, and the sentence stands under the table.
     */
    private void bindAmounts() {
        ReimbursementPreviewViewModel results = viewModel.previewResults();
        Columns.amount(proposalAmount, results::amountOf);
        proposalAmount.setCellFactory(c -> new AmountCell());
        proposalAmount.setOnEditCommit(edit -> {
            viewModel.lower(edit.getRowValue(), edit.getNewValue());
            proposals.refresh();
            // The cell's field is gone; without this the focus falls to the posting date, whose
            // commit on leaving it would count as a change and clear the preview.
            proposals.requestFocus();
        });
        proposals.editableProperty().bind(viewModel.busyProperty().not());
        amountError.textProperty().bind(results.amountErrorProperty());
        amountError.managedProperty().bind(amountError.textProperty().isNotEmpty());
    }

    private final class AmountCell extends TextFieldTableCell<Proposal, String> {
        private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

        AmountCell() {
            super(new DefaultStringConverter());
            setAlignment(Pos.CENTER_RIGHT);
        }

        private Proposal proposal() {
            int index = getIndex();
            return index < 0 || index >= getTableView().getItems().size() ? null : getTableView().getItems().get(index);
        }

        @Override
        public void startEdit() {
            Proposal proposal = proposal();
            if (proposal != null && viewModel.previewResults().lowerable(proposal)) {
                super.startEdit();
                // Enter commits the amount and must go no further: the dialog's default button would
                // preview again and forget every amount lowered.
                if (getGraphic() instanceof TextField field) {
                    field.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
                        if (key.getCode() == KeyCode.ENTER) {
                            key.consume();
                            commitEdit(getConverter().fromString(field.getText()));
                        }
                    });
                }
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Proposal proposal = empty ? null : proposal();
            String problem = proposal == null ? null : viewModel.previewResults().problemOf(proposal);
            pseudoClassStateChanged(INVALID, problem != null);
            setTooltip(problem == null ? null : new Tooltip(problem));
        }
    }

    private void bindExclusions() {
        exclusions.setItems(viewModel.previewResults().exclusions());
        Columns.number(exclusionCustomer, Exclusion::customerAccount);
        Columns.name(exclusionName, Exclusion::customerName);
        Columns.text(exclusionCurrency, Exclusion::currency);
        // As wide as the longest reason of either language (seen under Xvfb: 'Under minim…' in Danish at 1200x760).
        Columns.choice(exclusionReason, e -> ReimbursementTexts.text("reason." + e.reason().name()), ReimbursementTexts.BUNDLE,
                Arrays.stream(ExclusionReason.values()).map(r -> "reason." + r.name())
                        .toArray(String[]::new));
        // The sentence can be longer than the column: whole in the tooltip and under the table.
        Columns.text(exclusionExplanation, Exclusion::explanation);
        Columns.detail(exclusions, exclusionDetail, Exclusion::explanation);
    }

    /** The customer of the preview row selected last, in either table: what Put on hold… holds. */
    private record HoldTarget(String account, String name) {
    }

    private final ObjectProperty<HoldTarget> holdTarget = new SimpleObjectProperty<>();

    /**
     * Put on hold… for a preview row, included or left out, in the row's context menu and as the button
     * under the tables (for the row selected last): asks the reason, holds the customer and previews
     * again, so the customer is then listed as left out, "on hold: reason".
     */
    private <S> void offerHold(TableView<S> table, Function<S, String> account, Function<S, String> name) {
        MenuItem hold = new MenuItem(ReimbursementTexts.text("reimbursement.hold.menu"));
        hold.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        hold.setOnAction(event -> holdSelected());
        table.setContextMenu(new ContextMenu(hold));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                holdTarget.set(new HoldTarget(account.apply(now), name.apply(now)));
            } else if (was != null && holdTarget.get() != null && holdTarget.get().account().equals(account.apply(was))) {
                holdTarget.set(null);
            }
        });
    }

    @FXML
    private void holdSelected() {
        HoldTarget target = holdTarget.get();
        if (target != null && !viewModel.busyProperty().get()) {
            askHold(target.account(), target.name());
        }
    }

    private void askHold(String account, String name) {
        OneLineDialog ask = new OneLineDialog(ReimbursementTexts.text("reimbursement.hold.title"),
                ReimbursementTexts.text("reimbursement.hold.header", account, name),
                ReimbursementTexts.text("reimbursement.hold.reason"), "holdReason", "",
                typed -> typed.isBlank() ? OneLineDialog.Check.refused(ReimbursementTexts.text("reimbursement.hold.reasonRequired"))
                        : OneLineDialog.Check.FINE);
        dialogs.showCustomDialog(ask).ifPresent(reason -> viewModel.hold(account, reason));
    }

    @FXML
    private void select() {
        Optional<Selection> chosen = QueryBuilderDialog.show(root.getScene().getWindow(),
                viewModel.request().selectionProperty().get(), saved);
        chosen.ifPresent(viewModel.request().selectionProperty()::set);
        if (saved != null) {
            // Save as… or Manage… may have changed what the drop-down offers.
            viewModel.request().reloadSavedSelections();
        }
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
        return dialogs.confirm(ReimbursementTexts.text("reimbursement.confirmAll.title"),
                ReimbursementTexts.text("reimbursement.confirmAll.header"), viewModel.request().confirmationText(),
                ReimbursementTexts.text("reimbursement.confirmAll.yes"), ReimbursementTexts.text("reimbursement.confirmAll.no"));
    }
}
