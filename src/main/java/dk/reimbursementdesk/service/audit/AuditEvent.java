package dk.reimbursementdesk.service.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unit of work that posts tells the audit log about itself: its action, its parameters, the
 * selection in words, its counts and totals, and the ids it created. {@link AuditLog#append} adds
 * the time, the OS user, the command or screen it came from, and the hash. Built in the unit:
 *
 * <pre>{@code
 * AuditLog.append(work, AuditEvent.of("write-off")
 *         .parameter("date", date).parameter("below", "10.00")
 *         .selection(selection.describe(locale))
 *         .count("write-offs", 3)
 *         .total("DKK", new BigDecimal("12.50"))
 *         .created("vouchers", "V-000010..V-000012"));
 * }</pre>
 *
 * Each group is stored as {@code key=value} pairs joined by {@code "; "}, in the order given, so the
 * stored text is the same in every language (the selection in words excepted: it is the sentence the
 * user read). Amounts are written plain ({@code 1367.88}), exactly as given.
 */
public final class AuditEvent {

    private final String action;
    private final List<String> parameters = new ArrayList<>();
    private String selection = "";
    private final List<String> counts = new ArrayList<>();
    private final List<String> totals = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    private AuditEvent(String action) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
        this.action = action;
    }

    /** An event of {@code action}: {@code reimbursement-run}, {@code reimbursement-reversal}, {@code payment-batch}, {@code import}, ... */
    public static AuditEvent of(String action) {
        return new AuditEvent(action);
    }

    public AuditEvent parameter(String key, Object value) {
        parameters.add(pair(key, value));
        return this;
    }

    /** The selection in words, as the user read it; null or blank for a unit without one. */
    public AuditEvent selection(String words) {
        this.selection = words == null ? "" : words.strip();
        return this;
    }

    public AuditEvent count(String key, long value) {
        counts.add(pair(key, value));
        return this;
    }

    /** A total, e.g. {@code total("EUR", 150.00)} or {@code total("acc DKK", ...)}; written plain, never rounded here. */
    public AuditEvent total(String key, BigDecimal amount) {
        totals.add(pair(key, amount == null ? "" : amount.toPlainString()));
        return this;
    }

    public AuditEvent created(String key, Object value) {
        created.add(pair(key, value));
        return this;
    }

    String action() {
        return action;
    }

    String parameters() {
        return String.join("; ", parameters);
    }

    String selection() {
        return selection;
    }

    String counts() {
        return String.join("; ", counts);
    }

    String totals() {
        return String.join("; ", totals);
    }

    String created() {
        return String.join("; ", created);
    }

    private static String pair(String key, Object value) {
        return key + "=" + (value == null ? "" : value);
    }
}
