package dk.reimbursementdesk.ui.parameters;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.setup.ParametersService.Choice;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersUpdate;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersView;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and rules of the AR parameters form; the minimum is checked as typed and again by the service. */
public final class ParametersViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    private final ParametersService service;

    private final StringProperty minimumText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper minimumError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper accountingCurrency = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Choice> vendorGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> oneTimeSequence = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> arControl = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> apControl = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> bank = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> sales = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> salesReturns = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> smallCreditWriteoff = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> voucherSequence = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> reimbursementSequence = new SimpleObjectProperty<>();
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ObservableList<Choice> sequences = FXCollections.observableArrayList();
    private final ObservableList<Choice> vendorGroups = FXCollections.observableArrayList();
    private final StringProperty bankIban = new SimpleStringProperty("");
    private final StringProperty bankBic = new SimpleStringProperty("");
    private final StringProperty bankIbanError = new SimpleStringProperty();
    private final StringProperty bankBicError = new SimpleStringProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanBinding valid;
    /** What the user changed since the parameters were read or saved: asked about before he leaves. */
    private final FormChanges edits = new FormChanges(minimumText, bankIban, bankBic, vendorGroup, oneTimeSequence, arControl,
            apControl, bank, sales, salesReturns, smallCreditWriteoff, voucherSequence, reimbursementSequence);
    private int accountingDecimals = 2;

    public ParametersViewModel(ParametersService service, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        minimumText.addListener((o, was, now) -> minimumError.set(minimumError(now).orElse(null)));
        // Optional (a company may not pay by file yet); when given, checked as the vendors' IBAN and BIC are.
        bankIban.addListener((o, was, now) -> bankIbanError.set(now == null || now.isBlank() ? null
                : Iban.whyInvalid(now).map(why -> texts.format("iban.invalid", now.trim(), why.getMessage())).orElse(null)));
        bankBic.addListener((o, was, now) -> bankBicError.set(now == null || now.isBlank() || Bic.isValid(now) ? null
                : texts.format("bic.invalid", now.trim())));
        valid = Bindings.createBooleanBinding(() -> minimumError.get() == null && bankIbanError.get() == null
                        && bankBicError.get() == null && vendorGroup.get() != null
                        && oneTimeSequence.get() != null && arControl.get() != null && apControl.get() != null && bank.get() != null
                        && sales.get() != null && salesReturns.get() != null && voucherSequence.get() != null
                        && reimbursementSequence.get() != null,
                minimumError, bankIbanError, bankBicError, vendorGroup, oneTimeSequence, arControl, apControl, bank, sales, salesReturns, voucherSequence,
                reimbursementSequence);
    }

    /** The sentence for the typed minimum, empty when it is a valid amount in the accounting currency. */
    public Optional<String> minimumError(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(texts.get("amount.required"));
        }
        Optional<BigDecimal> parsed = Formats.parseNumber(text);
        if (parsed.isEmpty()) {
            return Optional.of(texts.format("amount.notNumber", text.trim(), Formats.example(accountingDecimals)));
        }
        try {
            ParametersService.minimumToMinor(parsed.get(), accountingCurrency.get(), accountingDecimals);
            return Optional.empty();
        } catch (UserException refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** Reads the saved parameters and the pick lists, discarding what was typed. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.load(), service.ledgerAccounts(), service.numberSequences(), service.vendorGroups()),
                loaded -> {
                    show(loaded);
                    busy.set(false);
                },
                failure -> {
                    message.set(Failures.sentence(failure));
                    busy.set(false);
                });
    }

    private record Loaded(ParametersView view, List<Choice> accounts, List<Choice> sequences, List<Choice> groups) {
    }

    private void show(Loaded loaded) {
        ParametersView v = loaded.view();
        accountingDecimals = v.accountingDecimals();
        accountingCurrency.set(v.accountingCurrency());
        accounts.setAll(loaded.accounts());
        sequences.setAll(loaded.sequences());
        vendorGroups.setAll(loaded.groups());
        minimumText.set(Formats.amount(v.minimumReimbursement()));
        bankIban.set(v.bankIban().isEmpty() ? "" : Iban.formatted(v.bankIban()));
        bankBic.set(v.bankBic());
        vendorGroup.set(find(vendorGroups, v.oneTimeVendorGroup()));
        oneTimeSequence.set(find(sequences, v.oneTimeVendorSequence()));
        arControl.set(find(accounts, v.arControlAccount()));
        apControl.set(find(accounts, v.apControlAccount()));
        bank.set(find(accounts, v.bankAccount()));
        sales.set(find(accounts, v.salesAccount()));
        salesReturns.set(find(accounts, v.salesReturnsAccount()));
        smallCreditWriteoff.set(find(accounts, v.smallCreditWriteoffAccount()));
        voucherSequence.set(find(sequences, v.voucherSequence()));
        reimbursementSequence.set(find(sequences, v.reimbursementSequence()));
        edits.markSaved();
    }

    private static Choice find(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** Saves when the form is valid; the service checks everything again and a refusal is shown as its sentence. */
    public void save() {
        save(null);
    }

    /**
     * Saves; once saved, runs {@code whenSaved} (the user leaving the screen). False when refused at
     * once (a field is wrong); a refusal of the service later shows its sentence and does not run it.
     */
    public boolean save(Runnable whenSaved) {
        if (!valid.get() || busy.get()) {
            message.set(java.util.stream.Stream.of(minimumError.get(), bankIbanError.get(), bankBicError.get())
                    .filter(e -> e != null).findFirst().orElse(""));
            return false;
        }
        ParametersUpdate update = new ParametersUpdate(Formats.parseNumber(minimumText.get()).orElse(null),
                code(vendorGroup), code(oneTimeSequence), code(arControl), code(apControl), code(bank), code(sales),
                code(salesReturns), code(voucherSequence), code(reimbursementSequence), bankIban.get(), bankBic.get(),
                code(smallCreditWriteoff));
        busy.set(true);
        tasks.run(() -> {
                    service.save(update);
                    return service.load();
                },
                saved -> {
                    minimumText.set(Formats.amount(saved.minimumReimbursement()));
                    edits.markSaved();
                    message.set(texts.get("parameters.saved"));
                    busy.set(false);
                    if (whenSaved != null) {
                        whenSaved.run();
                    }
                },
                failure -> {
                    message.set(Failures.sentence(failure));
                    busy.set(false);
                });
        return true;
    }

    private static String code(ObjectProperty<Choice> choice) {
        return choice.get() == null ? null : choice.get().code();
    }

    public void cancel() {
        message.set("");
        load();
    }

    public StringProperty minimumTextProperty() { return minimumText; }
    public StringProperty bankIbanProperty() { return bankIban; }
    public StringProperty bankBicProperty() { return bankBic; }
    public StringProperty bankIbanErrorProperty() { return bankIbanError; }
    public StringProperty bankBicErrorProperty() { return bankBicError; }
    public ReadOnlyStringProperty minimumErrorProperty() { return minimumError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty accountingCurrencyProperty() { return accountingCurrency.getReadOnlyProperty(); }
    public ObjectProperty<Choice> vendorGroupProperty() { return vendorGroup; }
    public ObjectProperty<Choice> oneTimeSequenceProperty() { return oneTimeSequence; }
    public ObjectProperty<Choice> arControlProperty() { return arControl; }
    public ObjectProperty<Choice> apControlProperty() { return apControl; }
    public ObjectProperty<Choice> bankProperty() { return bank; }
    public ObjectProperty<Choice> salesProperty() { return sales; }
    public ObjectProperty<Choice> salesReturnsProperty() { return salesReturns; }
    /** The small-credit write-off account (issue 13); none chosen leaves it as it is. */
    public ObjectProperty<Choice> smallCreditWriteoffProperty() { return smallCreditWriteoff; }
    public ObjectProperty<Choice> voucherSequenceProperty() { return voucherSequence; }
    public ObjectProperty<Choice> reimbursementSequenceProperty() { return reimbursementSequence; }
    public ObservableList<Choice> accounts() { return accounts; }
    public ObservableList<Choice> sequences() { return sequences; }
    public ObservableList<Choice> vendorGroups() { return vendorGroups; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding validProperty() { return valid; }
    /** True while the form holds changes the user made and has not saved. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
