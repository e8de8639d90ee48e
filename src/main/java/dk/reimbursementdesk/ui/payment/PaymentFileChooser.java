package dk.reimbursementdesk.ui.payment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a bank file. A seam so screen tests can answer without a native dialog. */
@FunctionalInterface
public interface PaymentFileChooser {

    Optional<Path> choose(Window owner, String suggestedName);

    /** The platform's save dialog. */
    static PaymentFileChooser dialog(ResourceBundle text) {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.getString("file.chooserTitle"));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("file.filter"), "*.xml"));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
