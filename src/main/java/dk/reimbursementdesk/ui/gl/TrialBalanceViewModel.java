package dk.reimbursementdesk.ui.gl;

import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.service.gl.TrialBalance;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The trial balance as of a date (today unless chosen), with a totals line that proves debits equal credits. */
public final class TrialBalanceViewModel {

    /** A line of the table: an account, or the totals (number null, {@code total} true). */
    public record Line(String accountNumber, String accountName, BigDecimal debit, BigDecimal credit,
                       BigDecimal balance, boolean total) {
    }

    private final GeneralLedgerQueries queries;
    private final TaskExecutor tasks;
    private final Texts texts = Texts.of("i18n.gl");
    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty dateUnreadable = new SimpleStringProperty("");
    private final BooleanProperty balances = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Task<TrialBalance> task;

    public TrialBalanceViewModel(GeneralLedgerQueries queries, Clock clock, TaskExecutor tasks) {
        this.tasks = tasks;
        this.queries = queries;
        this.asOf = new SimpleObjectProperty<>(LocalDate.now(clock));
        dateUnreadable.addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                error.set(now);
            }
        });
    }

    /** Reads the balance as of the chosen date; no date is refused at the field. */
    public void refresh() {
        LocalDate date = asOf.get();
        if (!dateUnreadable.get().isEmpty()) {
            error.set(dateUnreadable.get());
            return;
        }
        if (date == null) {
            error.set(texts.get("trialBalance.dateRequired"));
            return;
        }
        if (task != null && task.isRunning()) {
            task.cancel();
        }
        loading.set(true);
        Task<TrialBalance> query = new Task<>() {
            @Override
            protected TrialBalance call() {
                return queries.trialBalance(date);
            }
        };
        query.setOnSucceeded(event -> show(query.getValue()));
        query.setOnFailed(event -> {
            loading.set(false);
            error.set(Failures.sentence(query.getException(), texts.get("gl.queryFailed")));
        });
        task = tasks.execute(query);
    }

    private void show(TrialBalance trialBalance) {
        loading.set(false);
        error.set("");
        lines.clear();
        trialBalance.rows().forEach(row -> lines.add(new Line(row.accountNumber(), row.accountName(),
                row.debit(), row.credit(), row.balance(), false)));
        lines.add(new Line(null, texts.get("trialBalance.total"), trialBalance.totalDebit(), trialBalance.totalCredit(),
                trialBalance.totalBalance(), true));
        balances.set(trialBalance.balances());
        summary.set(texts.format(trialBalance.balances() ? "trialBalance.balances" : "trialBalance.doesNotBalance",
                Formats.date(trialBalance.asOf()), Formats.amount(trialBalance.totalDebit()),
                Formats.amount(trialBalance.totalCredit()), trialBalance.accountingCurrency()));
    }

    public void close() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    /** Where the date field reports text that is not a date ({@link dk.reimbursementdesk.ui.common.DateField}). */
    public StringProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty balancesProperty() {
        return balances;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
