package dk.reimbursementdesk.ui.reimbursements;

import java.io.Writer;
import java.util.List;

/**
 * What the Reimbursement list reads: a count and one page at a time, filtered and sorted in SQL, so the
 * list opens as fast with 100,000 reimbursements as with ten. Called on a worker thread, never the FX thread.
 */
public interface ReimbursementPages {

    long count(ReimbursementListFilter filter);

    List<ReimbursementListRow> page(ReimbursementListFilter filter, ReimbursementListSort sort, boolean ascending,
                                    int offset, int limit);

    /** Every row the filter selects, in the given order, as CSV. */
    void exportCsv(ReimbursementListFilter filter, ReimbursementListSort sort, boolean ascending, Writer out);
}
