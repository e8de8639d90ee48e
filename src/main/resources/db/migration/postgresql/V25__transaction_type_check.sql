-- V25 on PostgreSQL: nothing to change. SQLite's V25 rewrites customer_transaction.type's CHECK from
-- an IN list to comparisons joined by OR because SQLite builds a small b-tree for the IN list on every
-- row written; PostgreSQL evaluates the IN list of constants directly, so its V23 check stays. The
-- version exists so that both engines' ledgers carry the same schema version.
SELECT 1;
