package dk.reimbursementdesk.persistence.interchange;

/** A store's writer of one table's rows; closing it writes the rows still pending. */
abstract class InsertedRows implements AutoCloseable {

    final RowWriter insert;

    InsertedRows(RowWriter insert) {
        this.insert = insert;
    }

    @Override
    public void close() {
        insert.close();
    }
}
