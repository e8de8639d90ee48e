package dk.reimbursementdesk.service.payment.status;

import java.util.Set;

/**
 * The status codes the import acts on (ISO 20022 ExternalPaymentTransactionStatus1Code) and what
 * each means here. ACCP, ACSC, ACSP and ACWC are acceptances: the payment is confirmed by the bank.
 * PDNG is recorded and shown, but confirms nothing. RJCT reverses the payment. At group and
 * payment information level the bank may also say ACTC (technically valid), RCVD (received) or
 * PART (see the transactions): those say nothing about a single payment and are passed over.
 */
public final class BankStatusCodes {

    public static final String REJECTED = "RJCT";
    public static final String PENDING = "PDNG";
    public static final Set<String> ACCEPTED = Set.of("ACCP", "ACSC", "ACSP", "ACWC");
    public static final Set<String> INFORMATIONAL = Set.of("ACTC", "RCVD", "PART");

    private BankStatusCodes() {
    }

    public static boolean isKnown(String code) {
        return ACCEPTED.contains(code) || PENDING.equals(code) || REJECTED.equals(code);
    }
}
