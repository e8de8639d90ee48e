package dk.reimbursementdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The program's look: AtlantaFX's Primer Light, or Primer Dark under View > Dark theme, remembered in
 * {@link DesktopSettings}. Over the theme, {@code theme.css} gives the program's own states (a field's
 * error sentence and red border, the status bar, hints, warnings) the theme's colours, so they stay
 * readable in both; it is added to every window's scene as the window appears, dialogs included.
 */
public final class Themes {

    /** The settings key of the dark theme. */
    public static final String DARK = "theme.dark";
    private static final String STATES = Themes.class.getResource("theme.css").toExternalForm();
    private static final ListChangeListener<Window> FOLLOW = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(Themes::follow);
        }
    };
    private static boolean installed;
    private static boolean dark;

    private Themes() {
    }

    /** The theme the user chose last time (light unless it was dark). Call on the FX thread. */
    public static void applySaved(DesktopSettings settings) {
        apply(settings.getBoolean(DARK, false));
    }

    /** Switches every window to the dark or the light theme at once and remembers the choice. */
    public static void choose(DesktopSettings settings, boolean dark) {
        apply(dark);
        settings.put(DARK, Boolean.toString(dark));
        settings.save();
    }

    public static void apply(boolean darkTheme) {
        dark = darkTheme;
        Application.setUserAgentStylesheet(darkTheme ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!installed) {
            installed = true;
            Window.getWindows().addListener(FOLLOW);
            Window.getWindows().forEach(Themes::follow);
        }
    }

    /**
     * The size of the text the theme draws, 14 px (Primer's {@code .root}), or JavaFX's default size
     * when no theme is applied: what a column's or field's width is measured in, as Primer's text is
     * wider than {@code Font.getDefault()}'s ('Bornholms Blomster Holding A…' in a column measured for it).
     */
    public static double fontSize() {
        return installed ? Math.max(PRIMER_FONT_SIZE, javafx.scene.text.Font.getDefault().getSize()) : javafx.scene.text.Font.getDefault().getSize();
    }

    private static final double PRIMER_FONT_SIZE = 14;

    public static boolean isDark() {
        return dark;
    }

    /** Back to JavaFX's own Modena and no theme.css, for tests that switched the theme. */
    public static void reset() {
        dark = false;
        Application.setUserAgentStylesheet(null);
        if (installed) {
            installed = false;
            Window.getWindows().removeListener(FOLLOW);
            Window.getWindows().forEach(window -> {
                if (window.getScene() != null) {
                    window.getScene().getStylesheets().remove(STATES);
                }
            });
        }
    }

    private static void follow(Window window) {
        addStates(window.getScene());
        window.sceneProperty().addListener((o, was, scene) -> addStates(scene));
    }

    private static void addStates(Scene scene) {
        if (installed && scene != null && !scene.getStylesheets().contains(STATES)) {
            scene.getStylesheets().add(STATES);
        }
    }
}
