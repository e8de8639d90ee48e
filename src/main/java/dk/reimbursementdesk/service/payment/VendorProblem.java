package dk.reimbursementdesk.service.payment;

/** A vendor that cannot be paid as it stands, and why, as a sentence the user can act on. */
public record VendorProblem(String vendorAccount, String vendorName, String sentence) {
}
