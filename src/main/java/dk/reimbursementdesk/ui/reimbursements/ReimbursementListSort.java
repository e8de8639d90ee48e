package dk.reimbursementdesk.ui.reimbursements;

/** The columns the list can be sorted on in SQL; the same names as {@code ReimbursementListService.SortColumn}. */
public enum ReimbursementListSort { NUMBER, POSTING_DATE, CUSTOMER, VENDOR, CURRENCY, AMOUNT, AMOUNT_ACC, STATUS }
