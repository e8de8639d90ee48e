package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;

/** A reserved block of a number sequence: row number r gets {@code prefix + pad(first + r - 1)}. */
public record NumberBlock(String prefix, int width, long first) {

    /** The number row {@code row} (from 1) gets, as text: {@code RB-000001}. */
    public String number(long row) {
        return prefix + String.format("%0" + width + "d", first + row - 1);
    }

    /** The numbers of rows 1 to {@code count} in words for a log: {@code RB-000001..RB-000004}, the one number, or empty. */
    public String range(long count) {
        return count <= 0 ? "" : count == 1 ? number(1) : number(1) + ".." + number(count);
    }

    /** The number of a row as SQL: one parameter (the prefix) and the padded counter. */
    public String sql(Engine engine, String rowNumber) {
        return "(CAST(? AS text) || " + EngineSql.zeroPadded(engine, first + " + " + rowNumber + " - 1", width) + ")";
    }
}
