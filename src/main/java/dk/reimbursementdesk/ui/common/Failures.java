package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.domain.UserException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way from a failure to the sentence a user reads: a refusal (a {@link UserException} anywhere in
 * the causes) says its own sentence; anything else is logged with its stack trace and told as a general
 * sentence from the bundle, never as a class name or an exception's message.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The refusal among the causes, if the failure is one. */
    public static Optional<UserException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    public static boolean isRefusal(Throwable failure) {
        return refusal(failure).isPresent();
    }

    /** The refusal's sentence, or the general "something went wrong; the details are in the log". */
    public static String sentence(Throwable failure) {
        return sentence(failure, Texts.of("i18n.shell").get("error.general"));
    }

    /** The refusal's sentence, or {@code otherwise}: a screen's own general sentence for what it was doing. */
    public static String sentence(Throwable failure, String otherwise) {
        Optional<UserException> refusal = refusal(failure);
        if (refusal.isPresent()) {
            return refusal.get().getMessage();
        }
        LOG.error("Unexpected failure", failure);
        return otherwise;
    }
}
