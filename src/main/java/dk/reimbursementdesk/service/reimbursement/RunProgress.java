package dk.reimbursementdesk.service.reimbursement;

/** Reported from the worker thread; isCancelled() is polled: true rolls the whole run back. */
public interface RunProgress { void update(long done, long total); boolean isCancelled(); }
