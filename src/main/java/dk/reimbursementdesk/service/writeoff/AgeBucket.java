package dk.reimbursementdesk.service.writeoff;

/** How old a small credit is, by its oldest open credit: 0-30, 31-90, 91-365 or over 365 days. */
public enum AgeBucket {
    DAYS_0_30("0-30"), DAYS_31_90("31-90"), DAYS_91_365("91-365"), OVER_365("over 365");

    private final String label;

    AgeBucket(String label) {
        this.label = label;
    }

    /** The bucket as the command line and the CSV write it (stable, not translated). */
    public String label() {
        return label;
    }

    public static AgeBucket of(long ageDays) {
        if (ageDays <= 30) {
            return DAYS_0_30;
        }
        if (ageDays <= 90) {
            return DAYS_31_90;
        }
        return ageDays <= 365 ? DAYS_91_365 : OVER_365;
    }
}
