package dk.reimbursementdesk.service.payment;

import com.prowidesoftware.swift.model.mx.MxPain00200103;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV03;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader36;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupInformation20;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInformation1;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransactionInformation25;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation8;
import com.prowidesoftware.swift.model.mx.dic.TransactionGroupStatus3Code;
import com.prowidesoftware.swift.model.mx.dic.TransactionIndividualStatus3Code;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank's payment status report (pain.002.001.10 or .03) built in a test with Prowide, a writer we
 * did not write, answering a payment file we wrote: a group status, and blocks of transaction statuses.
 */
public final class Pain002Builder {

    public record Tx(String endToEndId, String status, String reasonCode, String reasonText) {
    }

    public record Block(String paymentInformationId, String status, String reasonCode, List<Tx> transactions) {
    }

    private final String messageId;
    private final String originalMessageId;
    private String groupStatus;
    private String groupReason;
    private final List<Block> blocks = new ArrayList<>();
    private OffsetDateTime created = OffsetDateTime.of(2026, 11, 17, 8, 0, 0, 0, ZoneOffset.UTC);

    public Pain002Builder(String messageId, String originalMessageId) {
        this.messageId = messageId;
        this.originalMessageId = originalMessageId;
    }

    public Pain002Builder group(String status, String reasonCode) {
        this.groupStatus = status;
        this.groupReason = reasonCode;
        return this;
    }

    public Pain002Builder block(String paymentInformationId, String status, String reasonCode, Tx... transactions) {
        blocks.add(new Block(paymentInformationId, status, reasonCode, List.of(transactions)));
        return this;
    }

    public Pain002Builder created(OffsetDateTime when) {
        this.created = when;
        return this;
    }

    public static Tx tx(String endToEndId, String status) {
        return new Tx(endToEndId, status, null, null);
    }

    public static Tx tx(String endToEndId, String status, String reasonCode, String reasonText) {
        return new Tx(endToEndId, status, reasonCode, reasonText);
    }

    public String v10() {
        CustomerPaymentStatusReportV10 report = new CustomerPaymentStatusReportV10()
                .setGrpHdr(new GroupHeader86().setMsgId(messageId).setCreDtTm(created));
        OriginalGroupHeader17 group = new OriginalGroupHeader17().setOrgnlMsgId(originalMessageId)
                .setOrgnlMsgNmId("pain.001.001.09").setGrpSts(groupStatus);
        if (groupReason != null) {
            group.addStsRsnInf(new StatusReasonInformation12().setRsn(new StatusReason6Choice().setCd(groupReason)));
        }
        report.setOrgnlGrpInfAndSts(group);
        for (Block b : blocks) {
            OriginalPaymentInstruction32 block = new OriginalPaymentInstruction32().setOrgnlPmtInfId(b.paymentInformationId())
                    .setPmtInfSts(b.status());
            if (b.reasonCode() != null) {
                block.addStsRsnInf(new StatusReasonInformation12().setRsn(new StatusReason6Choice().setCd(b.reasonCode())));
            }
            for (Tx t : b.transactions()) {
                PaymentTransaction105 tx = new PaymentTransaction105().setOrgnlEndToEndId(t.endToEndId()).setTxSts(t.status());
                if (t.reasonCode() != null || t.reasonText() != null) {
                    StatusReasonInformation12 reason = new StatusReasonInformation12();
                    if (t.reasonCode() != null) {
                        reason.setRsn(new StatusReason6Choice().setCd(t.reasonCode()));
                    }
                    if (t.reasonText() != null) {
                        reason.addAddtlInf(t.reasonText());
                    }
                    tx.addStsRsnInf(reason);
                }
                block.addTxInfAndSts(tx);
            }
            report.addOrgnlPmtInfAndSts(block);
        }
        return new MxPain00200110().setCstmrPmtStsRpt(report).document();
    }

    public String v03() {
        CustomerPaymentStatusReportV03 report = new CustomerPaymentStatusReportV03()
                .setGrpHdr(new GroupHeader36().setMsgId(messageId).setCreDtTm(created));
        OriginalGroupInformation20 group = new OriginalGroupInformation20().setOrgnlMsgId(originalMessageId)
                .setOrgnlMsgNmId("pain.001.001.03");
        if (groupStatus != null) {
            group.setGrpSts(TransactionGroupStatus3Code.valueOf(groupStatus));
        }
        if (groupReason != null) {
            group.addStsRsnInf(new StatusReasonInformation8().setRsn(new StatusReason6Choice().setCd(groupReason)));
        }
        report.setOrgnlGrpInfAndSts(group);
        for (Block b : blocks) {
            OriginalPaymentInformation1 block = new OriginalPaymentInformation1().setOrgnlPmtInfId(b.paymentInformationId());
            if (b.status() != null) {
                block.setPmtInfSts(TransactionGroupStatus3Code.valueOf(b.status()));
            }
            for (Tx t : b.transactions()) {
                PaymentTransactionInformation25 tx = new PaymentTransactionInformation25().setOrgnlEndToEndId(t.endToEndId())
                        .setTxSts(TransactionIndividualStatus3Code.valueOf(t.status()));
                if (t.reasonCode() != null || t.reasonText() != null) {
                    StatusReasonInformation8 reason = new StatusReasonInformation8();
                    if (t.reasonCode() != null) {
                        reason.setRsn(new StatusReason6Choice().setCd(t.reasonCode()));
                    }
                    if (t.reasonText() != null) {
                        reason.addAddtlInf(t.reasonText());
                    }
                    tx.addStsRsnInf(reason);
                }
                block.addTxInfAndSts(tx);
            }
            report.addOrgnlPmtInfAndSts(block);
        }
        return new MxPain00200103().setCstmrPmtStsRpt(report).document();
    }
}
