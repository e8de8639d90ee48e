package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.payment.pain.PaymentBlocks.BlockTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The second pass over a checked batch: the pain.001 XML itself. {@link #begin} writes the group
 * header, {@link #transfer} each transaction (opening a payment information block where the key
 * changes), {@link #finish} the end. Holds the writer's position for indentation and the block being
 * written. Its own class because it knows the schema's elements and nothing of the rules: what
 * reaches it has passed {@link Pain001Checks}, and it only guards that the transfers are the ones
 * that were counted.
 */
final class Pain001Document {

    /** Seconds, no fraction and no offset: the form every bank's implementation guide shows. */
    private static final DateTimeFormatter CREATION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private final Pain001Version version;
    private final CreditTransferHeader header;
    private final PaymentBlocks blocks;
    private final Set<PaymentInformationKey> written = new HashSet<>();
    private PaymentInformationKey current;
    private int leftInBlock;
    private int depth;

    private Pain001Document(XMLStreamWriter xml, Pain001Version version, CreditTransferHeader header, PaymentBlocks blocks) {
        this.xml = xml;
        this.version = version;
        this.header = header;
        this.blocks = blocks;
    }

    /**
     * Writes the whole document to {@code out} in UTF-8, reading {@code transfers} once; the XML
     * writer is flushed and closed, {@code out} is not.
     *
     * @throws IOException when the stream fails
     */
    static void write(OutputStream out, Pain001Version version, CreditTransferHeader header, PaymentBlocks blocks,
            TransferSource transfers) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Pain001Document document = new Pain001Document(xml, version, header, blocks);
            document.begin();
            transfers.forEach(document::transfer);
            document.finish();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the payment file", e);
        } catch (WriteFailure e) {
            throw new IOException("Could not write the payment file", e.getCause());
        }
    }

    /** Unique per message (the suffix differs) and within 35 characters however long the message id is. */
    static String paymentInformationId(String messageId, int index) {
        String suffix = "-" + index;
        String base = messageId.length() + suffix.length() > Pain001Checks.MAX_ID_LENGTH
                ? messageId.substring(0, Pain001Checks.MAX_ID_LENGTH - suffix.length())
                : messageId;
        return base + suffix;
    }

    private void begin() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(version.namespace());
        xml.writeStartElement(version.namespace(), "Document");
        xml.writeDefaultNamespace(version.namespace());
        depth++;
        start("CstmrCdtTrfInitn");

        start("GrpHdr");
        leaf("MsgId", header.messageId());
        leaf("CreDtTm", CREATION.format(header.creationDateTime().truncatedTo(ChronoUnit.SECONDS)));
        leaf("NbOfTxs", Integer.toString(blocks.count()));
        // Across currencies this adds apples and pears, but it is what the standard defines: a
        // plain arithmetic sum of all instructed amounts, used by the bank as a checksum.
        leaf("CtrlSum", blocks.sum().toPlainString());
        start("InitgPty");
        leaf("Nm", name(header.initiatingPartyName()));
        end();
        end();
    }

    /** The next transfer in block order; a new key closes the block before and opens its own. */
    private void transfer(CreditTransfer transfer) {
        try {
            PaymentInformationKey key = PaymentInformationKey.of(transfer, header);
            if (!key.equals(current)) {
                endPaymentInformation();
                if (!written.add(key)) {
                    throw new IllegalStateException("The transfers of block " + key + " do not come together");
                }
                current = key;
                BlockTotals totals = blocks.of(key);
                leftInBlock = totals.count();
                startPaymentInformation(paymentInformationId(header.messageId(), written.size()), key, totals);
            }
            if (--leftInBlock < 0) {
                throw new IllegalStateException("Block " + key + " has more transfers than when it was counted");
            }
            transaction(transfer);
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    private void finish() throws XMLStreamException {
        endPaymentInformation();
        if (written.size() != blocks.size()) {
            throw new IllegalStateException("The transfers changed between counting and writing");
        }
        end();
        depth--;
        newline();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** Where a payment information block starts: its id, totals, execution date and the debtor. */
    private void startPaymentInformation(String id, PaymentInformationKey key, BlockTotals totals)
            throws XMLStreamException {
        start("PmtInf");
        leaf("PmtInfId", id);
        leaf("PmtMtd", "TRF");
        leaf("NbOfTxs", Integer.toString(totals.count()));
        leaf("CtrlSum", totals.sum().toPlainString());
        if (key.sepa()) {
            start("PmtTpInf");
            start("SvcLvl");
            leaf("Cd", "SEPA");
            end();
            end();
        }
        if (version.executionDateIsChoice()) {
            start("ReqdExctnDt");
            leaf("Dt", key.executionDate().toString());
            end();
        } else {
            leaf("ReqdExctnDt", key.executionDate().toString());
        }
        start("Dbtr");
        leaf("Nm", name(header.debtorName()));
        end();
        account("DbtrAcct", header.debtorIban());
        start("DbtrAgt");
        start("FinInstnId");
        if (FileText.isBlank(header.debtorBic())) {
            start("Othr");
            leaf("Id", "NOTPROVIDED");
            end();
        } else {
            leaf(version.bicElement(), Bic.normalize(header.debtorBic()));
        }
        end();
        end();
        // SEPA: each side pays its own bank, as the scheme requires. Otherwise SHAR, the same split
        // as the EU's payment rules require within the EEA and what banks take by default elsewhere.
        leaf("ChrgBr", key.sepa() ? "SLEV" : "SHAR");
    }

    private void endPaymentInformation() throws XMLStreamException {
        if (current == null) {
            return;
        }
        if (leftInBlock != 0) {
            throw new IllegalStateException("Block " + current + " has fewer transfers than when it was counted");
        }
        end();
        current = null;
    }

    /** Where one transaction is written. */
    private void transaction(CreditTransfer transfer) throws XMLStreamException {
        start("CdtTrfTxInf");
        start("PmtId");
        if (transfer.instructionId() != null) {
            leaf("InstrId", transfer.instructionId());
        }
        leaf("EndToEndId", transfer.endToEndId());
        end();
        start("Amt");
        newline();
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", transfer.amount().currency());
        xml.writeCharacters(transfer.amount().amount().toPlainString());
        xml.writeEndElement();
        end();
        if (!FileText.isBlank(transfer.creditorBic())) {
            start("CdtrAgt");
            start("FinInstnId");
            leaf(version.bicElement(), Bic.normalize(transfer.creditorBic()));
            end();
            end();
        }
        start("Cdtr");
        leaf("Nm", name(transfer.creditorName()));
        end();
        account("CdtrAcct", transfer.creditorIban());
        String remittance = epc(transfer.remittanceText(), Pain001Writer.MAX_REMITTANCE_LENGTH);
        if (!remittance.isEmpty()) {
            start("RmtInf");
            leaf("Ustrd", remittance);
            end();
        }
        end();
    }

    private void account(String element, String iban) throws XMLStreamException {
        start(element);
        start("Id");
        leaf("IBAN", Iban.normalize(iban));
        end();
        end();
    }

    private String name(String name) {
        return epc(name, version.maxNameLength());
    }

    /** The text in the EPC set, cut to the limit (cleaned first: whitespace runs, XML's characters). */
    private static String epc(String text, int maxLength) {
        return FileText.clean(EpcText.of(text), maxLength);
    }

    private void start(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
    }

    private void leaf(String name, String text) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** A stream failure inside a {@link TransferSource} callback, carried out of it. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(XMLStreamException cause) {
            super(cause);
        }
    }
}
