package dk.reimbursementdesk.ui.rates;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Exchange rates of the foreign currencies: add a rate, or correct one that no posting has used.
 * Choosing a rate in the list puts it in the form for correction; a used rate stays read-only.
 */
public final class ExchangeRatesViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    private final ExchangeRateService service;

    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<Rate> rates = FXCollections.observableArrayList();
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final StringProperty rateText = new SimpleStringProperty("");
    private final ObjectProperty<Rate> selected = new SimpleObjectProperty<>();
    private final StringProperty rateError = new SimpleStringProperty();
    private final StringProperty dateError = new SimpleStringProperty();
    private final StringProperty dateUnreadable = new SimpleStringProperty("");
    private final StringProperty currencyError = new SimpleStringProperty();
    private final StringProperty accountingCurrency = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    private final BooleanBinding correctable;
    /** What the user typed since the form was emptied or a rate put in it: asked about before he leaves. */
    private final FormChanges edits = new FormChanges(validFrom, rateText);

    public ExchangeRatesViewModel(ExchangeRateService service, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        rateText.addListener((o, was, now) -> rateError.set(rateError(now).orElse(null)));
        validFrom.addListener((o, was, now) -> checkDate());
        dateUnreadable.addListener((o, was, now) -> checkDate());
        currency.addListener((o, was, now) -> {
            currencyError.set(now == null || now.isBlank() ? texts.get("currency.required") : null);
            refresh();
        });
        valid = Bindings.createBooleanBinding(() -> rateError.get() == null && dateError.get() == null && currencyError.get() == null,
                rateError, dateError, currencyError);
        correctable = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().used(), selected);
        clearForm();
    }

    private Optional<String> rateError(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(texts.get("rate.required"));
        }
        Optional<BigDecimal> parsed = Formats.parseNumber(text);
        if (parsed.isEmpty()) {
            return Optional.of(texts.format("rate.notNumber", text.trim(), Formats.amount(new BigDecimal("7.4525"))));
        }
        try {
            ExchangeRateService.requireRate(parsed.get());
            return Optional.empty();
        } catch (UserException refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    public void load() {
        tasks.run(() -> new Lists(service.currencies(), service.accountingCurrency()), lists -> {
            currencies.setAll(lists.currencies());
            accountingCurrency.set(lists.accountingCurrency());
            if ((currency.get() == null || currency.get().isBlank()) && !lists.currencies().isEmpty()) {
                currency.set(lists.currencies().contains("EUR") ? "EUR" : lists.currencies().get(0));
            }
        }, failure -> message.set(Failures.sentence(failure)));
    }

    private record Lists(List<String> currencies, String accountingCurrency) {
    }

    public void refresh() {
        String code = currency.get();
        if (code == null || code.isBlank()) {
            rates.clear();
            return;
        }
        tasks.run(() -> service.rates(code.trim().toUpperCase(java.util.Locale.ROOT)), list -> {
            if (code.equals(currency.get())) {
                rates.setAll(list);
            }
        }, failure -> message.set(Failures.sentence(failure)));
    }

    /** Puts a rate in the form for correction; a used rate is shown but cannot be corrected. */
    public void select(Rate rate) {
        selected.set(rate);
        if (rate != null) {
            validFrom.set(rate.validFrom());
            rateText.set(Formats.amount(rate.rate()));
            message.set(rate.used() ? texts.get("rates.usedHint") : "");
            edits.markSaved();
        }
    }

    /**
     * Save on leaving with unsaved changes: corrects the rate in the form when one is chosen, adds a
     * new one otherwise; once written, runs {@code whenSaved}. False when refused at once.
     */
    public boolean save(Runnable whenSaved) {
        Rate target = selected.get();
        if (busy.get() || !valid.get() || target != null && target.used()) {
            message.set(target != null && target.used() ? texts.format("rate.used", target.currency(), Formats.date(target.validFrom()))
                    : firstError());
            return false;
        }
        LocalDate from = validFrom.get();
        BigDecimal value = Formats.parseNumber(rateText.get()).orElseThrow();
        String code = currency.get();
        if (target == null) {
            run(() -> service.add(code, from, value), "rates.added", whenSaved);
        } else {
            run(() -> service.correct(target.id(), from, value), "rates.corrected", whenSaved);
        }
        return true;
    }

    public void add() {
        if (!valid.get()) {
            message.set(firstError());
            return;
        }
        String code = currency.get();
        LocalDate from = validFrom.get();
        BigDecimal value = Formats.parseNumber(rateText.get()).orElseThrow();
        run(() -> service.add(code, from, value), "rates.added", null);
    }

    public void correct() {
        Rate target = selected.get();
        if (target == null || target.used()) {
            message.set(target == null ? "" : texts.format("rate.used", target.currency(), Formats.date(target.validFrom())));
            return;
        }
        if (!valid.get()) {
            message.set(firstError());
            return;
        }
        LocalDate from = validFrom.get();
        BigDecimal value = Formats.parseNumber(rateText.get()).orElseThrow();
        run(() -> service.correct(target.id(), from, value), "rates.corrected", null);
    }

    private void run(java.util.concurrent.Callable<Rate> work, String doneKey, Runnable whenSaved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(work, done -> {
            busy.set(false);
            clearForm();
            message.set(texts.format(doneKey));
            if (whenSaved != null) {
                whenSaved.run();
            }
            refresh();
        }, failure -> {
            busy.set(false);
            message.set(Failures.sentence(failure));
        });
    }

    // Text that is not a date empties the picker: say that, not that the date is missing.
    private void checkDate() {
        dateError.set(!dateUnreadable.get().isEmpty() ? dateUnreadable.get()
                : validFrom.get() == null ? texts.get("rate.dateRequired") : null);
    }

    private String firstError() {
        return List.of(currencyError, dateError, rateError).stream().map(StringProperty::get).filter(e -> e != null).findFirst().orElse("");
    }

    public void cancel() {
        clearForm();
        message.set("");
    }

    private void clearForm() {
        selected.set(null);
        validFrom.set(null);
        dateUnreadable.set("");
        rateText.set("");
        dateError.set(texts.get("rate.dateRequired"));
        rateError.set(texts.get("rate.required"));
        edits.markSaved();
    }

    public ObservableList<String> currencies() { return currencies; }
    public ObservableList<Rate> rates() { return rates; }
    public StringProperty currencyProperty() { return currency; }
    public ObjectProperty<LocalDate> validFromProperty() { return validFrom; }
    public StringProperty rateTextProperty() { return rateText; }
    public ObjectProperty<Rate> selectedProperty() { return selected; }
    public StringProperty rateErrorProperty() { return rateError; }
    public StringProperty dateErrorProperty() { return dateError; }
    /** Where the date field reports text that is not a date ({@link dk.reimbursementdesk.ui.common.DateField}). */
    public StringProperty dateUnreadableProperty() { return dateUnreadable; }
    public StringProperty currencyErrorProperty() { return currencyError; }
    public StringProperty accountingCurrencyProperty() { return accountingCurrency; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding validProperty() { return valid; }
    public BooleanBinding correctableProperty() { return correctable; }
    /** True while the form holds a date or rate the user typed and has not saved. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
