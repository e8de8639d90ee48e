package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.query.SavedSelectionStore;
import java.util.List;
import java.util.Optional;

/**
 * Saved selections (issue 13): save the ranges of the query builder or of {@code --where} under a
 * name, list, rename and delete them, and read one back as the selection of a run or a payment.
 * Each call is one transaction. The criteria are checked over the customer fields when saved (the
 * vendor fields are a subset of them), and again over the caller's fields when used.
 */
public final class SavedSelectionService {

    /** Long enough for "Friday, retail customers in EUR", short enough for a drop-down. */
    static final int NAME_LENGTH = 60;

    private final Ledger ledger;

    public SavedSelectionService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every saved selection, by name. */
    public List<SavedSelection> all() {
        return ledger.inTransaction(work -> new SavedSelectionStore(work).all(SavedSelectionService::read));
    }

    /** The saved selections whose fields are all the catalog's: what a drop-down over those records offers. */
    public List<SavedSelection> fitting(QueryCatalog catalog) {
        return all().stream().filter(s -> s.fits(catalog)).toList();
    }

    /**
     * The selection saved under {@code name} (any case), over the catalog's fields.
     *
     * @throws UserException when there is no such selection, or it names a field the catalog lacks
     */
    public Selection selection(String name, QueryCatalog catalog) {
        return find(name).orElseThrow(() -> QueryMessages.refusal("query.saved.unknown", shown(name))).over(catalog);
    }

    /** The saved selection of this name, whatever its case. */
    public Optional<SavedSelection> find(String name) {
        String wanted = shown(name);
        return ledger.inTransaction(work -> new SavedSelectionStore(work).named(wanted, SavedSelectionService::read));
    }

    /**
     * Saves criteria in the {@code --where} syntax under a new name.
     *
     * @throws UserException when the name is empty, too long, on more than one line, or taken, or the
     *         criteria do not parse; nothing is written
     */
    public SavedSelection save(String name, String criteria) {
        String text = criteria == null ? "" : criteria.strip();
        WhereParser.parse(text, CustomerQueryFields.CATALOG);
        return add(name, text);
    }

    /**
     * Saves a selection built in the query builder under a new name.
     *
     * @throws UserException as {@link #save(String, String)}, and when a criteria holds a {@code ;}
     *         outside quotes, which the stored text could not tell from the next field
     */
    public SavedSelection save(String name, Selection selection) {
        return add(name, whereTextReadingBack(selection));
    }

    private static String whereTextReadingBack(Selection selection) {
        String text = selection.whereText();
        if (!readsBack(text, selection)) {
            String criteria = selection.rows().stream().map(r -> r.criteria().text()).filter(c -> c.contains(";")).findFirst().orElse(text);
            throw QueryMessages.refusal("query.saved.semicolon", criteria);
        }
        return text;
    }

    /**
     * Saves a selection built in the query builder under {@code name}, replacing the criteria of the
     * selection of that name (any case) if there is one: the query builder's Save as… after the user
     * chose Replace. The name takes the case typed.
     *
     * @throws UserException as {@link #save(String, Selection)}, but never because the name is taken
     */
    public SavedSelection replace(String name, Selection selection) {
        String text = whereTextReadingBack(selection);
        String wanted = validName(name);
        return ledger.inTransaction(work -> {
            SavedSelectionStore store = new SavedSelectionStore(work);
            Optional<Stored> taken = store.named(wanted, SavedSelectionService::stored);
            if (taken.isPresent()) {
                store.replace(taken.get().id(), wanted, text);
            } else {
                store.add(wanted, text);
            }
            return new SavedSelection(wanted, text);
        });
    }

    /**
     * The name as a saved selection would have it, stripped.
     *
     * @throws UserException when it is empty, on more than one line or too long: what the query builder tells under the name
     */
    public static String checkName(String name) {
        return validName(name);
    }

    /**
     * Gives a saved selection a new name (a change of case only is a rename too).
     *
     * @throws UserException when there is no such selection, or the new name is not one a new selection could have
     */
    public SavedSelection rename(String name, String newName) {
        String wanted = validName(newName);
        return ledger.inTransaction(work -> {
            SavedSelectionStore store = new SavedSelectionStore(work);
            Stored stored = store.named(shown(name), SavedSelectionService::stored)
                    .orElseThrow(() -> QueryMessages.refusal("query.saved.unknown", shown(name)));
            Optional<Stored> taken = store.named(wanted, SavedSelectionService::stored);
            if (taken.isPresent() && taken.get().id() != stored.id()) {
                throw QueryMessages.refusal("query.saved.exists", taken.get().selection().name());
            }
            store.rename(stored.id(), wanted);
            return new SavedSelection(wanted, stored.selection().criteria());
        });
    }

    /**
     * Deletes a saved selection.
     *
     * @throws UserException when there is no such selection
     */
    public SavedSelection delete(String name) {
        return ledger.inTransaction(work -> {
            SavedSelectionStore store = new SavedSelectionStore(work);
            Stored stored = store.named(shown(name), SavedSelectionService::stored)
                    .orElseThrow(() -> QueryMessages.refusal("query.saved.unknown", shown(name)));
            store.delete(stored.id());
            return stored.selection();
        });
    }

    private SavedSelection add(String name, String criteria) {
        String wanted = validName(name);
        return ledger.inTransaction(work -> {
            SavedSelectionStore store = new SavedSelectionStore(work);
            Optional<SavedSelection> taken = store.named(wanted, SavedSelectionService::read);
            if (taken.isPresent()) {
                throw QueryMessages.refusal("query.saved.exists", taken.get().name());
            }
            store.add(wanted, criteria);
            return new SavedSelection(wanted, criteria);
        });
    }

    private static boolean readsBack(String text, Selection selection) {
        try {
            return WhereParser.parse(text, selection.catalog()).equals(selection);
        } catch (UserException splitApart) {
            return false;
        }
    }

    /** A name on one line, without tabs (the {@code selections} listing is tab-separated), not too long. */
    static String validName(String name) {
        String wanted = shown(name);
        if (wanted.isEmpty()) {
            throw QueryMessages.refusal("query.saved.nameRequired");
        }
        if (wanted.chars().anyMatch(Character::isISOControl)) {
            throw QueryMessages.refusal("query.saved.nameOneLine", wanted.replaceAll("\\p{Cntrl}", " "));
        }
        if (wanted.codePointCount(0, wanted.length()) > NAME_LENGTH) {
            throw QueryMessages.refusal("query.saved.nameTooLong", wanted, NAME_LENGTH);
        }
        return wanted;
    }

    private static String shown(String name) {
        return name == null ? "" : name.strip();
    }

    private record Stored(long id, SavedSelection selection) {
    }

    private static SavedSelection read(Row row) {
        return new SavedSelection(row.text("name"), row.text("criteria"));
    }

    private static Stored stored(Row row) {
        return new Stored(row.number("id"), read(row));
    }
}
