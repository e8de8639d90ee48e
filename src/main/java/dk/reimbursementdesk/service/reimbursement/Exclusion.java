package dk.reimbursementdesk.service.reimbursement;

/**
 * A selected customer left out of a run, per currency ({@code currency} is null for
 * {@link ExclusionReason#NO_OPEN_TRANSACTIONS}), with the reason told as a sentence in the default
 * locale (both figures for {@link ExclusionReason#BELOW_MINIMUM}).
 */
public record Exclusion(String customerAccount, String customerName, String currency,
                        ExclusionReason reason, String explanation) {
}
