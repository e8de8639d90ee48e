package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.PartialAmount;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.ui.common.Formats;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last preview as the dialog shows it: the proposals, the customers left out and why, and the totals
 * line; and the proposals the clerk lowered, each checked as it is typed (never above the credit, never
 * below the minimum, never negative), which OK posts with the run.
 */
public final class ReimbursementPreviewViewModel {

    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    /** The lowered proposals, in the order they were lowered; a proposal not here is for its whole credit. */
    private final Map<Key, BigDecimal> lowered = new LinkedHashMap<>();
    /** The sentence of an amount typed and refused, by proposal, shown at its cell. */
    private final Map<Key, String> problems = new HashMap<>();
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    /** Learnt from the latest preview; a run without a preview shows its total without the code. */
    private String accountingCurrency;

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ObservableList<Exclusion> exclusions() {
        return exclusions;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    /** The accounting currency of the latest preview; null before the first. */
    String accountingCurrency() {
        return accountingCurrency;
    }

    private record Key(String account, String currency) {
        static Key of(Proposal p) {
            return new Key(p.customerAccount(), p.currency());
        }
    }

    /** The last amount typed that was refused, as a sentence naming the proposal; empty when none is. */
    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    /** What the proposal's reimbursement is for: the amount it was lowered to, or its whole credit. */
    public BigDecimal amountOf(Proposal proposal) {
        return lowered.getOrDefault(Key.of(proposal), proposal.credit());
    }

    /** A summarized proposal (one per customer and currency) can be lowered; one per credit document cannot. */
    public boolean lowerable(Proposal proposal) {
        return proposal.sourceDocument() == null;
    }

    /** Why the amount last typed for this proposal was refused; null when it was not. */
    public String problemOf(Proposal proposal) {
        return problems.get(Key.of(proposal));
    }

    /**
     * Lowers {@code proposal} to the amount {@code typed} in the user's format; false, with the sentence at
     * the proposal and in {@link #amountErrorProperty()}, when it is not an amount, is negative, has more
     * decimals than the currency, is above the credit or below the minimum. The whole credit undoes a lowering.
     */
    public boolean lower(Proposal proposal, String typed) {
        Key key = Key.of(proposal);
        Optional<String> problem = problem(proposal, typed);
        if (problem.isPresent()) {
            problems.put(key, problem.get());
            amountError.set(problem.get());
            return false;
        }
        BigDecimal amount = Formats.parseNumber(typed).orElseThrow().setScale(proposal.credit().scale());
        if (amount.compareTo(proposal.credit()) == 0) {
            lowered.remove(key);
        } else {
            lowered.put(key, amount);
        }
        problems.remove(key);
        amountError.set(problems.isEmpty() ? "" : problems.values().iterator().next());
        return true;
    }

    private Optional<String> problem(Proposal p, String typed) {
        int decimals = p.credit().scale();
        Optional<BigDecimal> read = Formats.parseNumber(typed);
        BigDecimal minimum = preview.get() == null ? null : preview.get().minimumByCurrency().get(p.currency());
        String key;
        Object limit = null;
        if (!lowerable(p)) {
            key = "reimbursement.amount.notSummarized";
        } else if (read.isEmpty()) {
            key = "reimbursement.amount.unreadable";
            limit = Formats.example(decimals);
        } else if (read.get().signum() < 0) {
            key = "reimbursement.amount.negative";
        } else if (read.get().stripTrailingZeros().scale() > decimals) {
            key = "reimbursement.amount.decimals";
            limit = decimals;
        } else if (read.get().compareTo(p.credit()) > 0) {
            key = "reimbursement.amount.aboveCredit";
            limit = Formats.money(p.credit(), p.currency());
        } else if (minimum != null && read.get().compareTo(minimum) < 0) {
            key = "reimbursement.amount.belowMinimum";
            limit = Formats.money(minimum, p.currency());
        } else {
            return Optional.empty();
        }
        return Optional.of(ReimbursementTexts.text(key, p.customerAccount(), p.currency(), typed == null ? "" : typed.strip(), limit));
    }

    /** The lowered proposals, as the run takes them. */
    public List<PartialAmount> loweredAmounts() {
        return lowered.entrySet().stream()
                .map(e -> new PartialAmount(e.getKey().account(), e.getKey().currency(), e.getValue())).toList();
    }

    private void forgetAmounts() {
        lowered.clear();
        problems.clear();
        amountError.set("");
    }

    void show(Preview result) {
        forgetAmounts();
        preview.set(result);
        accountingCurrency = result.accountingCurrency();
        proposals.setAll(result.proposals());
        exclusions.setAll(result.exclusions());
        totalsText.set(totals(result));
    }

    /**
     * Lowers again the proposals of {@code amounts} the shown preview still holds, each within its
     * bounds as when it was typed: what a preview made afresh (after a hold) keeps of the clerk's work.
     */
    void keep(List<PartialAmount> amounts) {
        for (PartialAmount amount : amounts) {
            proposals.stream()
                    .filter(p -> p.customerAccount().equals(amount.customerAccount()) && p.currency().equals(amount.currency()))
                    .filter(p -> lowerable(p) && within(p, amount.amount()))
                    .findFirst()
                    .ifPresent(p -> lowered.put(Key.of(p), amount.amount()));
        }
    }

    /**
     * The totals line of {@code lowered}, the shown preview made again with the lowered amounts: its
     * totals are those the run would post, converted as the run converts. The preview shown stays, so
     * each proposal's credit remains the bound its amount is checked against.
     */
    void showTotals(Preview lowered) {
        totalsText.set(totals(lowered));
    }

    /** The totals line of the shown preview as it came, before any amount was lowered. */
    void showUnloweredTotals() {
        if (preview.get() != null) {
            totalsText.set(totals(preview.get()));
        }
    }

    private boolean within(Proposal p, BigDecimal amount) {
        BigDecimal minimum = preview.get() == null ? null : preview.get().minimumByCurrency().get(p.currency());
        return amount.signum() >= 0 && amount.compareTo(p.credit()) < 0 && (minimum == null || amount.compareTo(minimum) >= 0);
    }

    private static String totals(Preview result) {
        return result.proposals().isEmpty()
                ? ReimbursementTexts.text("reimbursement.preview.nothing", result.selectedCustomers())
                : ReimbursementTexts.text("reimbursement.preview.totals",
                        Formats.totals(result.totalsByCurrency()),
                        Formats.money(result.totalAcc(), result.accountingCurrency()),
                        result.proposals().size(), result.exclusions().size(), result.selectedCustomers(),
                        result.oneTimeVendorsToCreate());
    }

    /** Forgets the preview; true when there was one, which the inputs have now made stale. */
    boolean clear() {
        boolean shown = preview.get() != null;
        forgetAmounts();
        preview.set(null);
        proposals.clear();
        exclusions.clear();
        totalsText.set("");
        return shown;
    }
}
