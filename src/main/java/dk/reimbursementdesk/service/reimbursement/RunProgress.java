package dk.reimbursementdesk.service.reimbursement;

/** Reported from the worker thread; isCancelled() is polled: true rolls the whole run back. */
public interface RunProgress {

    void update(long done, long total);

    boolean isCancelled();

    /** The run's backup is being written first (seconds on a large ledger): a dialog may say so. */
    default void backingUp() {
    }

    /** For callers that neither show progress nor cancel (the command line, tests). */
    RunProgress NONE = new RunProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
