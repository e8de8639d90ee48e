package dk.reimbursementdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.FileChooser;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The real {@link DialogService}: JavaFX alerts, file choosers and dialogs owned by one window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Texts texts = Texts.of("i18n.shell");

    /** {@code owner} may be null before the main window exists (at start-up). */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String sentence) {
        Alert alert = alert(Alert.AlertType.ERROR, texts.get("dialog.error.title"));
        alert.getDialogPane().setContent(sentence(sentence));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title);
        if (!text.contains("\n")) {
            alert.getDialogPane().setContent(sentence(text));
            alert.showAndWait();
            return;
        }
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(COLUMNS);
        // Two rows more than the text takes: the area counts its rows without the padding of its content.
        area.setPrefRowCount(Math.min(16, Math.max(3, rows(text) + 2)));
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }

    // The widest a sentence in a dialog is drawn before it wraps.
    private static final double SENTENCE_WIDTH = 520;

    /**
     * One sentence, wrapped at {@link #SENTENCE_WIDTH}: its preferred width too, since the dialog takes
     * its width from it and keeps its buttons whole at it; a long one (Tools > Check ledger's all-well)
     * made the dialog as wide as the sentence on one line, wider than the screen. Public for the
     * dialogs that build their own alert around a sentence (the start's {@code StartupProblemDialog}).
     */
    public static Label sentence(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(SENTENCE_WIDTH);
        label.setPrefWidth(Math.min(SENTENCE_WIDTH, Math.ceil(ColumnWidths.textWidth(text, false)) + 2));
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static final int COLUMNS = 60;

    /**
     * The rows {@code text} takes in a wrapping area of {@link #COLUMNS} columns: a line longer than
     * the area wraps into more (About's description did, and pushed the schema version below the box).
     * A little narrower than the area, since words wrap before the edge.
     */
    static int rows(String text) {
        double width = COLUMNS * ColumnWidths.textWidth("W", false) * 0.9;
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (int) Math.ceil(ColumnWidths.textWidth(line, false) / width));
        }
        return rows;
    }

    @Override
    public boolean confirm(String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.confirm.title"));
        alert.setContentText(question);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean confirm(String title, String header, String question, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton, noButton);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        ((Button) alert.getDialogPane().lookupButton(yesButton)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(noButton)).setDefaultButton(true);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(String title, String header, String question, String save, String discard, String cancel) {
        ButtonType saveButton = new ButtonType(save, ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType(discard, ButtonBar.ButtonData.NO);
        ButtonType cancelButton = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, saveButton, discardButton, cancelButton);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(saveButton::equals).isPresent()) {
            return SaveChoice.SAVE;
        }
        return answer.filter(discardButton::equals).isPresent() ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<ExtensionFilter> filters) {
        File file = chooser(title, filters).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<ExtensionFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public <R> Optional<R> showCustomDialog(Dialog<R> dialog) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        } else if (owner == null && dialog.getOwner() == null) {
            centreOnScreenOnceShown(dialog);
        }
        keepButtonsWhole(dialog);
        growWithContent(dialog);
        return dialog.showAndWait();
    }

    /**
     * A dialog without an owner (at start, before the main window) in the middle of the screen at the
     * size it opened at: JavaFX centres it at the size before its buttons were kept whole, and the
     * start's "ledger could not be opened" stood 150 px right of the middle, at the edge of a 1200 px screen.
     */
    static void centreOnScreenOnceShown(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            // The width the buttons need arrives with the first layout after showing, and the dialog
            // then puts itself back where it stood: centred once that is done.
            window.widthProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(window::centerOnScreen));
        });
    }

    /**
     * A dialog grows when its content does while it is open: a sentence at a field that appears
     * (the Reverse dialog's date before the posting date) pushed the buttons out of the window's
     * bottom, since a window keeps the size it opened at.
     */
    static void growWithContent(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            DialogPane pane = dialog.getDialogPane();
            Runnable grow = () -> {
                if (pane.getScene() == null || pane.getScene().getWindow() == null) {
                    return;
                }
                // Against the scene: the pane is laid out at its preferred height even where the window cuts it.
                double missing = pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight();
                if (missing > 0.5) {
                    Window window = pane.getScene().getWindow();
                    window.setHeight(window.getHeight() + Math.ceil(missing));
                }
            };
            // A changed text asks its parents for a new layout, the pane among them: measured once laid out.
            pane.needsLayoutProperty().addListener((o, was, now) -> {
                if (now) {
                    javafx.application.Platform.runLater(grow);
                }
            });
        });
    }

    /**
     * A dialog's buttons never shrink below their text: the button bar gives every button the width
     * of the narrowest fit, and a long label ("Open another ledger…", Danish texts) ended in "…".
     * The dialog grows instead.
     */
    static void keepButtonsWhole(Dialog<?> dialog) {
        String cancel = Texts.of("i18n.shell").get("dialog.cancel");
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, event -> {
            DialogPane pane = dialog.getDialogPane();
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Region button) {
                    button.setMinWidth(Region.USE_PREF_SIZE);
                }
                // JavaFX's own Cancel has no Danish: the New ledger and server dialogs said "Cancel" in Danish.
                if (type == ButtonType.CANCEL && pane.lookupButton(type) instanceof Button button) {
                    button.setText(cancel);
                }
            }
            pane.setMinWidth(Region.USE_PREF_SIZE);
        });
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        keepButtonsWhole(alert);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }

    private static FileChooser chooser(String title, List<ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        return chooser;
    }
}
