package dk.reimbursementdesk.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One entry of the audit log as stored, with its hash.
 *
 * <h2>The canonical text and the hash</h2>
 * The canonical text of an entry is eleven lines, each ended by one line feed (U+000A), in this
 * order and with these names:
 * <pre>
 * audit-entry/1
 * id=&lt;id&gt;
 * time=&lt;recorded_at&gt;
 * user=&lt;os_user&gt;
 * origin=&lt;origin&gt;
 * action=&lt;action&gt;
 * parameters=&lt;parameters&gt;
 * selection=&lt;selection&gt;
 * counts=&lt;counts&gt;
 * totals=&lt;totals&gt;
 * created=&lt;created&gt;
 * </pre>
 * Each value is the column's text with backslash written {@code \\}, line feed {@code \n} and
 * carriage return {@code \r}, so a value can never make a line of its own. The id is decimal, the
 * time ISO 8601 with its offset to the second ({@code 2026-12-03T07:15:02+01:00}).
 *
 * <p>{@code hash = SHA-256(previous hash || canonical text)}: the bytes hashed are the previous
 * entry's hash as 64 lower-case hex characters, then the canonical text, both UTF-8; the first
 * entry's previous hash is 64 zeros. The hash is stored as 64 lower-case hex characters. So
 * {@code printf '%s%s' "$PREVIOUS" "$TEXT" | sha256sum} recomputes it outside the program.
 */
public record AuditEntry(long id, String recordedAt, String osUser, String origin, String action, String parameters,
                         String selection, String counts, String totals, String created, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public String canonicalText() {
        return "audit-entry/1\n"
                + line("id", Long.toString(id))
                + line("time", recordedAt)
                + line("user", osUser)
                + line("origin", origin)
                + line("action", action)
                + line("parameters", parameters)
                + line("selection", selection)
                + line("counts", counts)
                + line("totals", totals)
                + line("created", created);
    }

    /** The hash this entry must have when it follows an entry hashed {@code previousHash}. */
    public String expectedHash(String previousHash) {
        return hash(previousHash, canonicalText());
    }

    /** This entry with the hash it gets after an entry hashed {@code previousHash}. */
    AuditEntry hashedAfter(String previousHash) {
        return new AuditEntry(id, recordedAt, osUser, origin, action, parameters, selection, counts, totals, created,
                expectedHash(previousHash));
    }

    static String hash(String previousHash, String canonicalText) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha256.update(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String line(String name, String value) {
        String text = value == null ? "" : value;
        return name + "=" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\n";
    }
}
