package dk.reimbursementdesk.service.interchange;

/**
 * What an import wrote: the number of rows, and for transactions the number of the opening-balance
 * voucher (null for the other kinds) and the settlements made while bringing the items over.
 */
public record ImportResult(ImportKind kind, int rows, String voucherNumber, int settlements) {
}
