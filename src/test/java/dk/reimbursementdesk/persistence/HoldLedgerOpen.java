package dk.reimbursementdesk.persistence;

import java.nio.file.Path;

/** A child process for {@link LedgerLockProcessTest}: opens a ledger, says so, and waits to be killed. */
public final class HoldLedgerOpen {

    private HoldLedgerOpen() {
    }

    public static void main(String[] args) throws Exception {
        Ledger ledger = Ledger.open(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("mid-transaction")) {
            // Writes inside a transaction and is killed before it commits.
            ledger.inSessionTransactionDo(s -> {
                s.createNativeMutationQuery("UPDATE parameters SET minimum_reimbursement = 999999 WHERE id = 1").executeUpdate();
                s.createNativeMutationQuery("INSERT INTO customer_group (code, name) VALUES ('HALF', 'Half done')").executeUpdate();
                s.flush();
                System.out.println("WRITING");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return;
        }
        ledger.inSessionTransactionDo(s -> s.createNativeMutationQuery("UPDATE parameters SET bank_bic = 'HELDHELD' WHERE id = 1").executeUpdate());
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
