package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A ledger file refused at open (missing, damaged, not a ledger, newer, read-only, ...): its sentence,
 * followed by the newest backup of that ledger when there is one, so the user knows at once what to
 * restore. The key is the refusal's own, as for any {@link UserException}.
 */
final class LedgerRefusal extends UserException {

    private final Path newestBackup;

    LedgerRefusal(String bundle, String key, Object[] arguments, Throwable cause, Path newestBackup) {
        super(bundle, key, arguments, cause);
        this.newestBackup = newestBackup;
    }

    @Override
    public String format(Locale locale) {
        String sentence = super.format(locale);
        if (newestBackup == null) {
            return sentence;
        }
        return sentence + " " + UserException.in(SqlFailures.BUNDLE, "ledger.newestBackup", newestBackup).format(locale);
    }
}
