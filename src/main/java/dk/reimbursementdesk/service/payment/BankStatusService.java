package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.bankstatus.BankStatusStore;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.payment.status.BankStatusCodes;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.Pain002Reader;
import dk.reimbursementdesk.service.payment.status.PaymentStatusReport;
import dk.reimbursementdesk.service.payment.status.PaymentStatusReport.Status;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.service.payment.status.StatusImport.Effect;
import dk.reimbursementdesk.service.payment.status.StatusImport.Line;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bank's answer read back: imports a pain.002 payment status report in one transaction. Each
 * transaction of the report is matched by its EndToEndId to a payment this ledger wrote; a status
 * given only for a payment information block or the whole file applies to every payment in it.
 * RJCT reverses the payment ({@link PaymentRejection}); the acceptances confirm it. A report is
 * imported once (by its message id), and a payment that already has the status a report gives it
 * is left alone, so reading the same answer twice changes nothing. Any problem refuses the whole
 * report with a sentence, and nothing is written.
 */
public final class BankStatusService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Ledger ledger;
    private final Clock clock;

    public BankStatusService(Ledger ledger) {
        this(ledger, Clock.systemDefaultZone());
    }

    public BankStatusService(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A payment of the ledger as the import sees it, with its latest bank status (null before any). */
    private record Payment(long id, String endToEndId, long batchId, String batchNumber, LocalDate paymentDate,
                           String vendorAccount, long voucherId, long vendorTransactionId, Status latest) {

        static Payment of(Row row) {
            String status = row.text("status");
            return new Payment(row.number("payment_id"), row.text("end_to_end_id"), row.number("batch_id"),
                    row.text("batch_number"), row.date("payment_date"), row.text("vendor_account"), row.number("voucher_id"),
                    row.number("vendor_transaction_id"),
                    status == null ? null : new Status(status, row.text("reason_code"), row.text("reason_text")));
        }
    }

    /** The latest bank status of each payment of a batch that has one, by EndToEndId, for the payment journal. */
    public Map<String, Status> latestOfBatch(long batchId) {
        return ledger.inTransaction(work -> new BankStatusStore(work).latestOfBatch(batchId,
                        row -> Map.entry(row.text("end_to_end_id"),
                                new Status(row.text("status"), row.text("reason_code"), row.text("reason_text"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, LinkedHashMap::new)));
    }

    /** Reads the report in {@code file} and applies it; see the class comment. */
    public StatusImport importFile(Path file) {
        PaymentStatusReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new Pain002Reader().read(in);
        } catch (NoSuchFileException e) {
            throw BankStatusText.refusal("status.noFile", file);
        } catch (IOException e) {
            throw BankStatusText.refusal("status.unreadable", file, e.getMessage());
        }
        String fileName = file.getFileName() == null ? null : file.getFileName().toString();
        return ledger.inTransaction(work -> apply(work, report, fileName));
    }

    private StatusImport apply(UnitOfWork work, PaymentStatusReport report, String fileName) {
        // A rejection posts a reversal and reopens invoices: before anything it decides on is read.
        work.lockForPosting("bank status import");
        BankStatusStore store = new BankStatusStore(work);
        var importedAt = store.importedAt(report.messageId());
        if (importedAt.isPresent()) {
            List<Line> lines = store.statusesOfReport(report.messageId(), row -> new Line(row.text("end_to_end_id"),
                    row.text("status"), new Status(row.text("status"), row.text("reason_code"), row.text("reason_text")).reason(),
                    Effect.UNCHANGED, null));
            return new StatusImport(report.messageId(), report.messageName(), report.originalMessageId(), true,
                    importedAt.get(), lines);
        }
        Map<String, Status> statuses = statusesByEndToEndId(work, store, report);
        if (statuses.isEmpty()) {
            throw BankStatusText.refusal("status.nothingOfOurs", report.messageId(), report.originalMessageId());
        }
        Map<String, Payment> payments = store.paymentsByEndToEndId(statuses.keySet(), Payment::of).stream()
                .collect(Collectors.toMap(Payment::endToEndId, Function.identity()));
        List<String> unknown = statuses.keySet().stream().filter(id -> !payments.containsKey(id)).toList();
        if (unknown.size() == statuses.size()) {
            throw BankStatusText.refusal("status.nothingOfOurs", report.messageId(), report.originalMessageId());
        }
        if (!unknown.isEmpty()) {
            throw BankStatusText.refusal("status.unknownEndToEnd", report.messageId(), unknown.size(), unknown.get(0));
        }

        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDate date = report.createdAt() == null ? now.toLocalDate() : report.createdAt().toLocalDate();
        long reportId = store.insertReport(report.messageId(), report.messageName(), report.originalMessageId(),
                report.createdAt() == null ? null : STAMP.format(report.createdAt()), STAMP.format(now), fileName);
        LedgerContext context = LedgerContext.load(work);
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Status> entry : statuses.entrySet()) {
            Payment payment = payments.get(entry.getKey());
            Status status = entry.getValue();
            lines.add(applyOne(work, context, store, reportId, payment, status, date, report.messageId()));
        }
        work.flush();
        StatusImport imported = new StatusImport(report.messageId(), report.messageName(), report.originalMessageId(), false,
                STAMP.format(now), lines);
        AuditLog.append(work, statusEvent(report, fileName, reportId, imported));
        return imported;
    }

    private static AuditEvent statusEvent(PaymentStatusReport report, String fileName, long reportId, StatusImport imported) {
        List<Line> lines = imported.lines();
        List<String> vouchers = lines.stream().map(Line::voucher).filter(java.util.Objects::nonNull).toList();
        return AuditEvent.of("bank-status-import")
                .parameter("file", fileName).parameter("message_id", report.messageId())
                .parameter("original_message_id", report.originalMessageId())
                .count("transactions", lines.size())
                .count("rejected", imported.count(Effect.REJECTED)).count("confirmed", imported.count(Effect.CONFIRMED))
                .count("pending", imported.count(Effect.PENDING))
                .created("report", reportId).created("vouchers", String.join(",", vouchers));
    }

    private static Line applyOne(UnitOfWork work, LedgerContext context, BankStatusStore store, long reportId,
                                 Payment payment, Status status, LocalDate date, String messageId) {
        Status latest = payment.latest();
        String code = status.code();
        if (latest != null && BankStatusCodes.REJECTED.equals(latest.code())) {
            if (!BankStatusCodes.REJECTED.equals(code)) {
                throw BankStatusText.refusal("status.afterRejection", payment.endToEndId(), messageId, code);
            }
            return new Line(payment.endToEndId(), code, status.reason(), Effect.UNCHANGED, null);
        }
        if (latest != null && latest.equals(status)) {
            return new Line(payment.endToEndId(), code, status.reason(), Effect.UNCHANGED, null);
        }
        if (BankStatusCodes.REJECTED.equals(code)) {
            Voucher reversal = PaymentRejection.post(work, context, store, payment.id(), payment.voucherId(),
                    payment.vendorTransactionId(), payment.endToEndId(), payment.vendorAccount(), date);
            work.flush();
            store.insertStatus(reportId, payment.id(), code, status.reasonCode(), status.reasonText(), reversal.getId());
            return new Line(payment.endToEndId(), code, status.reason(), Effect.REJECTED, reversal.getNumber());
        }
        store.insertStatus(reportId, payment.id(), code, status.reasonCode(), status.reasonText(), null);
        return new Line(payment.endToEndId(), code, status.reason(),
                BankStatusCodes.PENDING.equals(code) ? Effect.PENDING : Effect.CONFIRMED, null);
    }

    /**
     * The status that applies to each payment the report speaks of, in file order: a transaction's
     * own status, else its block's, else the file's. A block or file status with no transactions
     * listed applies to every payment in that block or file, found from the original message id
     * (our message ids begin with the batch number) and the block number our PmtInfId ends with.
     */
    private static Map<String, Status> statusesByEndToEndId(UnitOfWork work, BankStatusStore store, PaymentStatusReport report) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        Status group = applicable(report.groupStatus(), report.messageId(), "GrpSts");
        for (PaymentStatusReport.Block block : report.blocks()) {
            Status blockStatus = applicable(block.status(), report.messageId(), "PmtInfSts");
            Status inherited = blockStatus != null ? blockStatus : group;
            if (block.transactions().isEmpty()) {
                if (inherited != null) {
                    OriginalFile.of(work, store, report.originalMessageId())
                            .block(block.originalPaymentInformationId())
                            .forEach(id -> statuses.putIfAbsent(id, inherited));
                }
                continue;
            }
            for (PaymentStatusReport.Transaction transaction : block.transactions()) {
                if (transaction.originalEndToEndId() == null || transaction.originalEndToEndId().isBlank()) {
                    continue;
                }
                Status own = transaction.status();
                Status effective = own != null && own.code() != null ? own : inherited;
                if (effective == null) {
                    continue;
                }
                if (!BankStatusCodes.isKnown(effective.code())) {
                    throw BankStatusText.refusal("status.unknownStatus", report.messageId(), transaction.originalEndToEndId(),
                            effective.code());
                }
                statuses.put(transaction.originalEndToEndId().strip(), effective);
            }
        }
        if (report.blocks().isEmpty() && group != null) {
            OriginalFile.of(work, store, report.originalMessageId()).all().forEach(id -> statuses.putIfAbsent(id, group));
        }
        return statuses;
    }

    /** A block or group status that says something about its payments; null for none or an informational one. */
    private static Status applicable(Status status, String messageId, String element) {
        if (status == null || status.code() == null || BankStatusCodes.INFORMATIONAL.contains(status.code())) {
            return null;
        }
        if (!BankStatusCodes.isKnown(status.code())) {
            throw BankStatusText.refusal("status.unknownStatus", messageId, element, status.code());
        }
        return status;
    }
}
