package dk.reimbursementdesk.app;

import dk.reimbursementdesk.cli.DeskCommandLine;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend Application: with JavaFX on the class path, the JDK's
 * launcher refuses such a main class, so this one hands over to {@link DeskApplication}. Arguments
 * other than the window's options are a command for the command line, which runs without a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartOptions options;
        try {
            options = StartOptions.parse(Arrays.asList(args));
        } catch (UserException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Locale.setDefault(LanguageChoice.resolve(options.language(), LanguagePreference.user().load(), Locale.getDefault()));
        if (options.command()) {
            System.exit(DeskCommandLine.execute(args, System.out, System.err));
            return;
        }
        if (options.help()) {
            System.out.println(Texts.of("i18n.shell").get("usage"));
            return;
        }
        Application.launch(DeskApplication.class, args);
    }
}
