package dk.reimbursementdesk.service.reimbursement;

public record Exclusion(String customerAccount, String customerName, String currency /* null for NO_OPEN_TRANSACTIONS */,
                        ExclusionReason reason, String explanation /* localized sentence, with both figures for BELOW_MINIMUM */) {}
