package dk.reimbursementdesk.persistence.reimbursement;

/** A reserved block of a number sequence: row number r gets {@code prefix + pad(first + r - 1)}. */
public record NumberBlock(String prefix, int width, long first) {

    /** The number of a row as SQL: one parameter (the prefix) and the padded counter. */
    public String sql(String rowNumber) {
        return "(? || printf('%0" + width + "d', " + first + " + " + rowNumber + " - 1))";
    }
}
