package dk.reimbursementdesk.ui;

/** Builds a screen for the open ledger; called on the FX thread each time the user opens it. */
@FunctionalInterface
public interface ScreenFactory {

    Screen open(ScreenContext context);
}
