package dk.reimbursementdesk.service.payment.status;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A pain.002 payment status report as read: the bank's answer to one payment file, at the three
 * levels the standard has (the whole file, a payment information block, one transaction). A level
 * may carry no status; the nearest level that has one applies to a transaction.
 */
public record PaymentStatusReport(String messageName, String messageId, LocalDateTime createdAt,
                                  String originalMessageId, Status groupStatus, List<Block> blocks) {

    public PaymentStatusReport {
        blocks = List.copyOf(blocks);
    }

    /** A status code with its first reason (code from Rsn/Cd or Rsn/Prtry, text from AddtlInf); null parts are absent. */
    public record Status(String code, String reasonCode, String reasonText) {

        /** "AC04 Closed account", the code alone, the text alone, or "" when the bank gave no reason. */
        public String reason() {
            String c = reasonCode == null ? "" : reasonCode;
            String t = reasonText == null ? "" : reasonText;
            return (c + " " + t).strip();
        }
    }

    public record Block(String originalPaymentInformationId, Status status, List<Transaction> transactions) {

        public Block {
            transactions = List.copyOf(transactions);
        }
    }

    public record Transaction(String originalEndToEndId, Status status) {
    }
}
