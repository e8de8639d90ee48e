package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.DialogSize;
import dk.reimbursementdesk.ui.common.MarkdownView;
import dk.reimbursementdesk.ui.common.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Help > User guide: the guide shipped with the program, in the current language, in a window of its
 * own. The English guide is the README's user part, copied into the program by the build
 * ({@code help/README.md}), so it has one source; the Danish one is {@code docs/user-guide_da.md}
 * ({@code help/user-guide_da.md}). The README's sections for developers are left out.
 */
public final class UserGuide extends Dialog<Void> {

    /** The README's top-level sections that are for developers, not users: not shown. */
    static final Set<String> DEVELOPER_SECTIONS = Set.of("Run every test", "For developers");

    /** The size it opens at, where the screen holds it: a line of the guide about 110 characters long. */
    static final double WIDTH = 900;
    static final double HEIGHT = 760;

    /** Shown through {@code DialogService.showCustomDialog}, which gives it its owner. */
    public UserGuide(Locale locale) {
        Texts texts = Texts.of("i18n.shell");
        setTitle(texts.get("guide.title"));
        VBox page = MarkdownView.render(text(locale));
        page.setStyle("-fx-padding: 12 18 18 18;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("userGuide");
        scroll.setFitToWidth(true);
        getDialogPane().setContent(scroll);
        DialogSize.openAt(this, WIDTH, HEIGHT);
        getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("dialog.close"), ButtonType.CLOSE.getButtonData()));
        setResizable(true);
    }

    /** The guide's Markdown in {@code locale}'s language: Danish for Danish, else English. */
    public static String text(Locale locale) {
        if ("da".equals(locale.getLanguage())) {
            return read("/help/user-guide_da.md");
        }
        return userPart(read("/help/README.md"));
    }

    /** The README without its developer sections (a {@code ## } heading in {@link #DEVELOPER_SECTIONS} up to the next). */
    static String userPart(String readme) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("## ")) {
                skipping = DEVELOPER_SECTIONS.contains(line.substring(3).trim());
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String read(String resource) {
        try (InputStream in = UserGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the user guide " + resource + " is not in the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
