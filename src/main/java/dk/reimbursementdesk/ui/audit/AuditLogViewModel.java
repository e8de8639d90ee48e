package dk.reimbursementdesk.ui.audit;

import dk.reimbursementdesk.service.audit.AuditEntry;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.audit.AuditLog.Verification;
import dk.reimbursementdesk.ui.common.ScreenWork;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Tools &gt; Audit log: one page of the log's entries, oldest first, with the count, and Verify, which
 * recomputes the whole hash chain off the FX thread and says "N entries, chain intact" or names the
 * first entry whose hash does not match. Only a page is held in memory.
 */
public final class AuditLogViewModel {

    public static final int PAGE_SIZE = 100;
    static final String BUNDLE = "i18n.audit_ui";

    private final AuditLog log;
    private final ScreenWork work;
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper brokenId = new ReadOnlyLongWrapper(-1);
    private boolean clearingForVerify;
    private final BooleanBinding previousDisabled;
    private final BooleanBinding nextDisabled;

    public AuditLogViewModel(AuditLog log, TaskExecutor tasks) {
        this.log = Objects.requireNonNull(log, "log");
        this.work = new ScreenWork(tasks);
        previousDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() == 0, pageIndex);
        nextDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() >= lastIndex(), pageIndex, total);
        filter.addListener((observable, before, now) -> {
            if (!clearingForVerify) {
                firstPage();
            }
        });
    }

    static String text(String key, Object... arguments) {
        return Texts.of(BUNDLE).format(key, arguments);
    }

    /** Reads page {@code index} of the entries the filter matches (kept in range of those there are now) off the FX thread. */
    public void load(int index) {
        String filtered = filter.get();
        work.load(() -> log.page(filtered, index, PAGE_SIZE), page -> {
            int shown = page.offset() / PAGE_SIZE;
            total.set(page.total());
            pageIndex.set(shown);
            rows.setAll(page.entries());
            pageText.set(page.total() == 0 ? text(filtered.isBlank() ? "audit.page.none" : "audit.page.noneFiltered")
                    : text("audit.page.rows", (long) page.offset() + 1, (long) page.offset() + page.entries().size(),
                            page.total(), shown + 1, lastIndex() + 1));
        }, null, text("audit.load.failed"));
    }

    public void firstPage() {
        load(0);
    }

    public void previousPage() {
        load(Math.max(0, pageIndex.get() - 1));
    }

    public void nextPage() {
        load(pageIndex.get() + 1);
    }

    public void lastPage() {
        load(lastIndex());
    }

    private int lastIndex() {
        return (int) Math.max(0, (total.get() - 1) / PAGE_SIZE);
    }

    private record Verified(Verification verification, int page) {
    }

    /**
     * Verify: recomputes every entry's hash in chain order, off the FX thread, then shows the page
     * holding the first entry that does not match, the filter cleared so that the whole chain's pages
     * show (or reads the page shown again).
     */
    public Task<?> verify() {
        verification.set(text("audit.verify.running"));
        brokenId.set(-1);
        int shown = pageIndex.get();
        return work.work(() -> {
            Verification result = log.verify();
            AuditEntry mismatch = result.firstMismatch();
            return new Verified(result, mismatch == null ? shown : (int) (log.offsetOf(mismatch.id()) / PAGE_SIZE));
        }, verified -> {
            Verification result = verified.verification();
            AuditEntry mismatch = result.firstMismatch();
            verification.set(mismatch == null ? text("audit.verify.intact", result.entries())
                    : text("audit.verify.broken", mismatch.id(), result.entries(), mismatch.action(), mismatch.recordedAt()));
            brokenId.set(mismatch == null ? -1 : mismatch.id());
            if (mismatch != null && !filter.get().isBlank()) {
                clearingForVerify = true;
                filter.set("");
                clearingForVerify = false;
            }
            load(verified.page());
        }, text("audit.verify.failed"));
    }

    public void close() {
        work.cancel();
    }

    /** The list's filter: text any column but the id and hash contains; a change shows its first page. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** F5: the page shown, read again with the entries written since. */
    public void refresh() {
        load(pageIndex.get());
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** What Verify found: "12 entries, chain intact", or the first entry that does not match. */
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** The id of the first entry Verify found broken (-1: none), for the table to mark its row. */
    public javafx.beans.property.ReadOnlyLongProperty brokenIdProperty() {
        return brokenId.getReadOnlyProperty();
    }

    public BooleanBinding previousDisabled() {
        return previousDisabled;
    }

    public BooleanBinding nextDisabled() {
        return nextDisabled;
    }

    public ScreenWork work() {
        return work;
    }
}
