package dk.reimbursementdesk.service.payment.pain;

/**
 * The pain.001 message versions we write. Banks differ in which they take: version 3 (2009) is the
 * long-standing one, version 9 (2019) the one the EPC rulebooks move to; the user picks their bank's.
 */
public enum Pain001Version {

    V03("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", 70, "BIC", false),
    V09("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", 70, "BICFI", true);

    private final String namespace;
    private final int maxNameLength;
    private final String bicElement;
    private final boolean executionDateIsChoice;

    Pain001Version(String namespace, int maxNameLength, String bicElement, boolean executionDateIsChoice) {
        this.namespace = namespace;
        this.maxNameLength = maxNameLength;
        this.bicElement = bicElement;
        this.executionDateIsChoice = executionDateIsChoice;
    }

    public String namespace() {
        return namespace;
    }

    /**
     * Party names are Max70Text in version 3 and Max140Text in version 9, but the EPC's rulebook
     * allows 70 in both, and a bank applying it would cut or refuse a longer one: 70 in both.
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    String bicElement() {
        return bicElement;
    }

    /** Version 9 lets the execution date carry a time, so the date sits inside a Dt choice. */
    boolean executionDateIsChoice() {
        return executionDateIsChoice;
    }
}
