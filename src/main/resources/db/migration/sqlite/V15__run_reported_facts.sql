-- What a run report prints and the ledger did not keep: who ran the run (the operating system's
-- user name of the desk that posted it) and the minimum reimbursement in force when it ran (minor
-- units of the accounting currency). Both stay NULL for runs posted before this version: the report
-- then says they were not recorded rather than guessing them from today's parameters.
ALTER TABLE reimbursement_run ADD COLUMN run_by TEXT;
ALTER TABLE reimbursement_run ADD COLUMN minimum_reimbursement BIGINT;
