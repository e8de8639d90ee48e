package dk.reimbursementdesk.cli;

import java.io.PrintStream;

/**
 * The command line's entry. This branch knows no commands yet: every command is a usage error
 * (exit code 2), which is the truth until the command-line feature replaces this class.
 */
public final class DeskCommandLine {

    private DeskCommandLine() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        err.println("Unknown command: " + (args.length == 0 ? "" : args[0]) + ". Run with --help.");
        return 2;
    }
}
