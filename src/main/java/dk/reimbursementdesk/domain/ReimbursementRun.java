package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the Reimbursement process: when, for what selection, and what it made. */
@Entity
@Table(name = "reimbursement_run")
public class ReimbursementRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    private boolean summarize;

    /** The selection in words, as the clerk saw it. */
    private String selection;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "reimbursement_count")
    private int reimbursementCount;

    @Column(name = "one_time_vendors_created")
    private int oneTimeVendorsCreated;

    /** The operating system's user who posted the run; null for runs posted before V15 kept it. */
    @Column(name = "run_by")
    private String runBy;

    /** The minimum reimbursement in force for the run, accounting-currency minor units; null before V15. */
    @Column(name = "minimum_reimbursement")
    private Long minimumReimbursement;

    protected ReimbursementRun() {
    }

    public ReimbursementRun(LocalDate postingDate, boolean summarize, String selection, LocalDateTime startedAt) {
        this.postingDate = postingDate;
        this.summarize = summarize;
        this.selection = selection;
        this.startedAt = startedAt;
    }

    public ReimbursementRun(LocalDate postingDate, boolean summarize, String selection, LocalDateTime startedAt,
                            String runBy, long minimumReimbursement) {
        this(postingDate, summarize, selection, startedAt);
        this.runBy = runBy;
        this.minimumReimbursement = minimumReimbursement;
    }

    public Long getId() { return id; }
    public LocalDate getPostingDate() { return postingDate; }
    public boolean isSummarize() { return summarize; }
    public String getSelection() { return selection; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public int getReimbursementCount() { return reimbursementCount; }
    public int getOneTimeVendorsCreated() { return oneTimeVendorsCreated; }
    public String getRunBy() { return runBy; }
    public Long getMinimumReimbursement() { return minimumReimbursement; }

    public void recordResult(int reimbursements, int oneTimeVendors) {
        this.reimbursementCount = reimbursements;
        this.oneTimeVendorsCreated = oneTimeVendors;
    }
}
