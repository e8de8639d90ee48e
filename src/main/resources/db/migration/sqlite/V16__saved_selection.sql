-- Saved selections (issue 13): the ranges of the query builder, or of --where, under a name the clerk
-- chooses, to run the same selection every Friday. The criteria are kept in the --where syntax
-- (field=criteria;...), which both the window and the command line read: one spelling, so that
-- `selections` prints exactly what is stored. A selection names fields, not a kind of record: the
-- Reimbursement dialog reads it over the customer fields, Vendor payments over the vendor fields.
-- Names are unique whatever their case (SQLite's NOCASE folds ASCII; the service compares the rest
-- with desk_fold before it writes). Plain SQL only: no entity reads it.

CREATE TABLE saved_selection (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    criteria TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_selection_name_idx ON saved_selection (name COLLATE NOCASE);
