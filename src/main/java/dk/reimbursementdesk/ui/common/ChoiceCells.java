package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.service.setup.ParametersService.Choice;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Shows a pick-list item as "code  name", so the clerk recognizes the account or sequence either way. */
public final class ChoiceCells {

    private ChoiceCells() {
    }

    public static void install(ComboBox<Choice> box) {
        install(box, choice -> choice.code() + "  " + choice.name());
    }

    /** The box's items written by {@code text}; typed text picks the item written the same way. */
    public static <T> void install(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return box.getItems().stream().filter(item -> toString(item).equals(typed)).findFirst().orElse(null);
            }
        });
    }
}
