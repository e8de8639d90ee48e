package dk.reimbursementdesk.ui.setup;

import dk.reimbursementdesk.service.setup.ParametersService.Choice;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Shows a pick-list item as "code  name", so the clerk recognizes the account or sequence either way. */
public final class ChoiceCells {

    private ChoiceCells() {
    }

    public static void install(ComboBox<Choice> box) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.code() + "  " + choice.name();
            }

            @Override
            public Choice fromString(String text) {
                return box.getItems().stream().filter(c -> toString(c).equals(text)).findFirst().orElse(null);
            }
        });
    }
}
