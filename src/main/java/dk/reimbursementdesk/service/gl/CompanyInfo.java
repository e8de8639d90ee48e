package dk.reimbursementdesk.service.gl;

/** The company of the open ledger as the status bar names it. */
public record CompanyInfo(String name, String code, String accountingCurrency, boolean demo) {
}
