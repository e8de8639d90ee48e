package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import java.time.LocalDate;

/**
 * The list's filter, shaped like {@code ReimbursementListService.Filter}: posting date range (inclusive,
 * either end open), a customer account or name fragment (case-insensitive), a status; null means any.
 */
public record ReimbursementListFilter(LocalDate from, LocalDate to, String customer, ReimbursementStatus status) {}
