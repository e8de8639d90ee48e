package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import java.nio.file.Path;
import java.util.Optional;

/** A first start in a process of its own, for {@link FirstStartKillTest} to kill at a random moment. */
public final class FirstStartChild {

    private FirstStartChild() {
    }

    public static void main(String[] args) {
        try (Ledger ledger = LedgerOpener.openAtStart(Optional.empty(), Path.of(args[0])).ledger()) {
            System.out.println("OPEN");
        }
    }
}
