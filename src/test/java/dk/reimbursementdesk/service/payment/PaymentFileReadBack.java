package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.prowidesoftware.swift.model.mx.MxPain00100103;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A written payment file as Prowide ISO 20022 reads it (a reader we did not write), flattened to the
 * fields a payment batch puts there, in one shape for both versions.
 */
public record PaymentFileReadBack(String msgId, String nbOfTxs, BigDecimal ctrlSum, String initgPty, List<Block> blocks) {

    public record Block(String pmtInfId, String nbOfTxs, BigDecimal ctrlSum, LocalDate date, String dbtrName, String dbtrIban,
                 String dbtrBic, List<Transfer> transfers) {
    }

    public record Transfer(String instrId, String endToEndId, BigDecimal amount, String currency, String cdtrName,
                    String cdtrIban, String cdtrBic, List<String> remittance) {
    }

    public static PaymentFileReadBack read(String xml, Pain001Version version) {
        Pain001Schemas.assertValid(xml);
        if (version == Pain001Version.V09) {
            MxPain00100109 mx = MxPain00100109.parse(xml);
            assertNotNull(mx);
            var doc = mx.getCstmrCdtTrfInitn();
            var h = doc.getGrpHdr();
            return new PaymentFileReadBack(h.getMsgId(), h.getNbOfTxs(), h.getCtrlSum(), h.getInitgPty().getNm(),
                    doc.getPmtInf().stream().map(p -> new Block(p.getPmtInfId(), p.getNbOfTxs(), p.getCtrlSum(),
                            p.getReqdExctnDt().getDt(), p.getDbtr().getNm(), p.getDbtrAcct().getId().getIBAN(),
                            p.getDbtrAgt().getFinInstnId().getBICFI(),
                            p.getCdtTrfTxInf().stream().map(t -> new Transfer(t.getPmtId().getInstrId(),
                                    t.getPmtId().getEndToEndId(), t.getAmt().getInstdAmt().getValue(),
                                    t.getAmt().getInstdAmt().getCcy(), t.getCdtr().getNm(),
                                    t.getCdtrAcct().getId().getIBAN(),
                                    t.getCdtrAgt() == null ? null : t.getCdtrAgt().getFinInstnId().getBICFI(),
                                    t.getRmtInf() == null ? List.of() : t.getRmtInf().getUstrd())).toList()))
                            .toList());
        }
        MxPain00100103 mx = MxPain00100103.parse(xml);
        assertNotNull(mx);
        var doc = mx.getCstmrCdtTrfInitn();
        var h = doc.getGrpHdr();
        return new PaymentFileReadBack(h.getMsgId(), h.getNbOfTxs(), h.getCtrlSum(), h.getInitgPty().getNm(),
                doc.getPmtInf().stream().map(p -> new Block(p.getPmtInfId(), p.getNbOfTxs(), p.getCtrlSum(),
                        p.getReqdExctnDt(), p.getDbtr().getNm(), p.getDbtrAcct().getId().getIBAN(),
                        p.getDbtrAgt().getFinInstnId().getBIC(),
                        p.getCdtTrfTxInf().stream().map(t -> new Transfer(t.getPmtId().getInstrId(),
                                t.getPmtId().getEndToEndId(), t.getAmt().getInstdAmt().getValue(),
                                t.getAmt().getInstdAmt().getCcy(), t.getCdtr().getNm(),
                                t.getCdtrAcct().getId().getIBAN(),
                                t.getCdtrAgt() == null ? null : t.getCdtrAgt().getFinInstnId().getBIC(),
                                t.getRmtInf() == null ? List.of() : t.getRmtInf().getUstrd())).toList()))
                        .toList());
    }

    public List<Transfer> allTransfers() {
        return blocks.stream().flatMap(b -> b.transfers().stream()).toList();
    }
}
