package dk.reimbursementdesk.service.payment.pain;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.prowidesoftware.swift.model.mx.MxPain00100103;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransactionInformation10;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV03;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstructionInformation3;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pain.001 file as Prowide reads it, in one shape for both versions, so that one set of
 * expectations checks both.
 */
record ProwideReadBack(String msgId, LocalDateTime creDtTm, String nbOfTxs, BigDecimal ctrlSum, String initgPtyName,
        List<PmtInf> pmtInf) {

    record PmtInf(String pmtInfId, String pmtMtd, String nbOfTxs, BigDecimal ctrlSum, String svcLvl,
            LocalDate reqdExctnDt, String dbtrName, String dbtrIban, String dbtrBic, String dbtrAgtOthrId,
            String chrgBr, List<Tx> txs) {
    }

    record Tx(String instrId, String endToEndId, BigDecimal amount, String ccy, String cdtrBic, String cdtrName,
            String cdtrIban, List<String> ustrd) {
    }

    static ProwideReadBack read(String xml, Pain001Version version) {
        return version == Pain001Version.V09 ? v09(xml) : v03(xml);
    }

    static ProwideReadBack v09(String xml) {
        MxPain00100109 mx = MxPain00100109.parse(xml);
        assertNotNull(mx, "Prowide could not read the file");
        CustomerCreditTransferInitiationV09 doc = mx.getCstmrCdtTrfInitn();
        assertNotNull(doc, "no CstmrCdtTrfInitn read");
        var hdr = doc.getGrpHdr();
        return new ProwideReadBack(hdr.getMsgId(), hdr.getCreDtTm().toLocalDateTime(), hdr.getNbOfTxs(),
                hdr.getCtrlSum(), hdr.getInitgPty().getNm(),
                doc.getPmtInf().stream().map(ProwideReadBack::pmtInf09).collect(Collectors.toList()));
    }

    private static PmtInf pmtInf09(PaymentInstruction30 p) {
        var fin = p.getDbtrAgt().getFinInstnId();
        return new PmtInf(p.getPmtInfId(), p.getPmtMtd().value(), p.getNbOfTxs(), p.getCtrlSum(),
                p.getPmtTpInf() == null ? null : p.getPmtTpInf().getSvcLvl().get(0).getCd(),
                p.getReqdExctnDt().getDt(), p.getDbtr().getNm(), p.getDbtrAcct().getId().getIBAN(), fin.getBICFI(),
                fin.getOthr() == null ? null : fin.getOthr().getId(), p.getChrgBr().value(),
                p.getCdtTrfTxInf().stream().map(ProwideReadBack::tx09).collect(Collectors.toList()));
    }

    private static Tx tx09(CreditTransferTransaction34 t) {
        var amt = t.getAmt().getInstdAmt();
        return new Tx(t.getPmtId().getInstrId(), t.getPmtId().getEndToEndId(), amt.getValue(), amt.getCcy(),
                t.getCdtrAgt() == null ? null : t.getCdtrAgt().getFinInstnId().getBICFI(), t.getCdtr().getNm(),
                t.getCdtrAcct().getId().getIBAN(), t.getRmtInf() == null ? List.of() : t.getRmtInf().getUstrd());
    }

    static ProwideReadBack v03(String xml) {
        MxPain00100103 mx = MxPain00100103.parse(xml);
        assertNotNull(mx, "Prowide could not read the file");
        CustomerCreditTransferInitiationV03 doc = mx.getCstmrCdtTrfInitn();
        assertNotNull(doc, "no CstmrCdtTrfInitn read");
        var hdr = doc.getGrpHdr();
        return new ProwideReadBack(hdr.getMsgId(), hdr.getCreDtTm().toLocalDateTime(), hdr.getNbOfTxs(),
                hdr.getCtrlSum(), hdr.getInitgPty().getNm(),
                doc.getPmtInf().stream().map(ProwideReadBack::pmtInf03).collect(Collectors.toList()));
    }

    private static PmtInf pmtInf03(PaymentInstructionInformation3 p) {
        var fin = p.getDbtrAgt().getFinInstnId();
        return new PmtInf(p.getPmtInfId(), p.getPmtMtd().value(), p.getNbOfTxs(), p.getCtrlSum(),
                p.getPmtTpInf() == null ? null : p.getPmtTpInf().getSvcLvl().getCd(),
                p.getReqdExctnDt(), p.getDbtr().getNm(), p.getDbtrAcct().getId().getIBAN(), fin.getBIC(),
                fin.getOthr() == null ? null : fin.getOthr().getId(), p.getChrgBr().value(),
                p.getCdtTrfTxInf().stream().map(ProwideReadBack::tx03).collect(Collectors.toList()));
    }

    private static Tx tx03(CreditTransferTransactionInformation10 t) {
        var amt = t.getAmt().getInstdAmt();
        return new Tx(t.getPmtId().getInstrId(), t.getPmtId().getEndToEndId(), amt.getValue(), amt.getCcy(),
                t.getCdtrAgt() == null ? null : t.getCdtrAgt().getFinInstnId().getBIC(), t.getCdtr().getNm(),
                t.getCdtrAcct().getId().getIBAN(), t.getRmtInf() == null ? List.of() : t.getRmtInf().getUstrd());
    }
}
