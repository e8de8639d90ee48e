package dk.reimbursementdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with its bundle and a controller the caller has already built (with its view
 * model and services), so controllers get their dependencies through constructors, never statics.
 *
 * <pre>{@code
 * Parent root = Fxml.load(VouchersView.class, "Vouchers.fxml", Texts.of("i18n.gl").bundle(), new VouchersView(viewModel));
 * }</pre>
 */
public final class Fxml {

    private Fxml() {
    }

    /**
     * {@code fileName} is looked up beside {@code owner}'s class (the same package folder under
     * src/main/resources). The FXML's {@code fx:controller} class must be one of {@code controllers};
     * a nested {@code fx:include} controller may be another entry.
     */
    public static Parent load(Class<?> owner, String fileName, ResourceBundle bundle, Object... controllers) {
        URL location = Objects.requireNonNull(owner.getResource(fileName), () -> "No FXML " + fileName + " beside " + owner.getName());
        return load(location, bundle, controllers);
    }

    /** As {@link #load(Class, String, ResourceBundle, Object...)}, for a location already resolved. */
    public static Parent load(URL location, ResourceBundle bundle, Object... controllers) {
        String fileName = location.getPath();
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setControllerFactory(type -> {
            for (Object controller : controllers) {
                if (type.isInstance(controller)) {
                    return controller;
                }
            }
            throw new IllegalStateException("No controller of type " + type.getName() + " was given for " + fileName);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }
}
