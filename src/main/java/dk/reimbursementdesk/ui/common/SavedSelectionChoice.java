package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.service.query.SavedSelection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The Saved selection drop-down of the Reimbursement dialog and of Vendor payments: the selections by
 * name, and {@code none} (such as "None") when the selection is not one of them. A button cell of its
 * own, since a ComboBox whose value went back to null shows neither the value nor its prompt text.
 */
public final class SavedSelectionChoice {

    private SavedSelectionChoice() {
    }

    public static void install(ComboBox<SavedSelection> box, String none) {
        ChoiceCells.install(box, SavedSelection::name);
        box.setPromptText(none);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SavedSelection item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : item.name());
            }
        });
    }
}
