package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code export reimbursements}: every reimbursement by number, in the Reimbursement list's columns
 * ({@link ReimbursementListService#CSV_COLUMNS}: id, date, customer, vendor, currency, amount, status,
 * customer_name, amount_acc, voucher, vendor_invoice, run), records ended by CRLF like the other exports.
 */
final class ReimbursementsExport implements CsvExport {

    @Override
    public void write(Services services, Writer out) throws IOException {
        services.reimbursementList().exportCsv(ReimbursementListService.Filter.any(), ReimbursementListService.SortColumn.NUMBER,
                true, out);
    }
}
