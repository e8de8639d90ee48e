package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last preview as the dialog shows it: the proposals, the customers left out and why, and the totals line. */
public final class ReimbursementPreviewViewModel {

    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
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

    void show(Preview result) {
        preview.set(result);
        accountingCurrency = result.accountingCurrency();
        proposals.setAll(result.proposals());
        exclusions.setAll(result.exclusions());
        totalsText.set(result.proposals().isEmpty()
                ? ReimbursementTexts.text("reimbursement.preview.nothing", result.selectedCustomers())
                : ReimbursementTexts.text("reimbursement.preview.totals",
                        Formats.totals(result.totalsByCurrency()),
                        Formats.money(result.totalAcc(), result.accountingCurrency()),
                        result.proposals().size(), result.exclusions().size(), result.selectedCustomers(),
                        result.oneTimeVendorsToCreate()));
    }

    /** Forgets the preview; true when there was one, which the inputs have now made stale. */
    boolean clear() {
        boolean shown = preview.get() != null;
        preview.set(null);
        proposals.clear();
        exclusions.clear();
        totalsText.set("");
        return shown;
    }
}
