package dk.reimbursementdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link Dialogs}: JavaFX alerts and file choosers owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    private final Texts texts = Texts.of("i18n.shell");

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String sentence) {
        Alert alert = alert(Alert.AlertType.ERROR, texts.get("dialog.error.title"));
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title);
        if (!text.contains("\n")) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.setMaxWidth(520);
            alert.getDialogPane().setContent(label);
            alert.showAndWait();
            return;
        }
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(60);
        area.setPrefRowCount(Math.min(16, Math.max(3, text.split("\n").length + 1)));
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.confirm.title"));
        alert.setContentText(question);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        File file = chooser(title, extension).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String extension, String suggestedName) {
        FileChooser chooser = chooser(title, extension);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }

    private FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extension != null) {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(texts.format("dialog.files.of", extension), "*." + extension),
                    new FileChooser.ExtensionFilter(texts.get("dialog.files.all"), "*"));
        }
        return chooser;
    }
}
