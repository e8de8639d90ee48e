package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The query builder's Manage…: the saved selections by name, each with its criteria in words, and
 * Rename and Delete, each one call of {@link SavedSelectionService} (one transaction). A refusal is
 * told as the sentence of {@link #messageProperty()}; the list is read again after every change.
 */
public final class SavedSelectionsViewModel {

    private final SavedSelectionService service;
    private final ObservableList<SavedSelection> selections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SavedSelectionsViewModel(SavedSelectionService service) {
        this.service = service;
        reload();
    }

    public ObservableList<SavedSelection> selections() {
        return selections;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The criteria in words over the customer fields, such as "Customer group is RETAIL". */
    public String describe(SavedSelection selection) {
        return selection.describe(CustomerQueryFields.CATALOG, Locale.getDefault());
    }

    /** Why {@code typed} cannot be the new name of {@code selection}; FINE when it can. */
    public OneLineDialog.Check renameCheck(SavedSelection selection, String typed) {
        try {
            String name = SavedSelectionService.checkName(typed);
            return selections.stream().filter(s -> s != selection && s.name().equalsIgnoreCase(name)).findFirst()
                    .map(taken -> OneLineDialog.Check.refused(ReimbursementTexts.text("query.manage.taken", taken.name())))
                    .orElse(OneLineDialog.Check.FINE);
        } catch (UserException refused) {
            return OneLineDialog.Check.refused(refused.getMessage());
        }
    }

    public void rename(SavedSelection selection, String newName) {
        change(() -> ReimbursementTexts.text("query.manage.renamed", selection.name(), service.rename(selection.name(), newName).name()));
    }

    public void delete(SavedSelection selection) {
        change(() -> ReimbursementTexts.text("query.manage.deleted", service.delete(selection.name()).name()));
    }

    private void change(java.util.function.Supplier<String> done) {
        try {
            message.set(done.get());
        } catch (UserException refused) {
            message.set(refused.getMessage());
        }
        reload();
    }

    private void reload() {
        List<SavedSelection> all = service.all();
        selections.setAll(all);
    }
}
