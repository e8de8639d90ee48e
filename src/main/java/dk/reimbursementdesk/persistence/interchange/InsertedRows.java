package dk.reimbursementdesk.persistence.interchange;

/** A store's writer of one table's rows; closing it writes the rows still pending. */
abstract class InsertedRows implements AutoCloseable {

    final RowInserter insert;

    InsertedRows(RowInserter insert) {
        this.insert = insert;
    }

    @Override
    public void close() {
        insert.close();
    }
}
