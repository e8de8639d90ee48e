package dk.reimbursementdesk.ui.shell;

/**
 * A ledger the host opened off the FX thread and has not shown yet: {@link ShellHost#switchTo} puts
 * it in place of the current one on the FX thread. What it holds is the host's (the shell sees no
 * persistence).
 */
public interface OpenedLedger {
}
