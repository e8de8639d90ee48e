package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a customer credit transfer initiation (pain.001) for the debtor's bank. The whole batch is
 * checked before the first byte is written, so a refused batch leaves no half file behind.
 */
public final class Pain001Writer {

    static final String BUNDLE = "i18n.payment_file";

    private static final int MAX_ID_LENGTH = 35;
    private static final int MAX_REMITTANCE_LENGTH = 140;

    /**
     * The EPC's restricted Latin set for references. Names and remittance text may hold any
     * character (Danish banks carry æøå through), but references are matched by machines along the
     * way and some clearing systems replace or reject anything outside this set.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Seconds, no fraction and no offset: the form every bank's implementation guide shows. */
    private static final DateTimeFormatter CREATION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final String INDENT = "  ";

    /**
     * @throws UserException when the batch cannot become a valid payment file; nothing is written then
     * @throws IOException   when the stream fails; the stream is flushed but not closed
     */
    public void write(CreditTransferBatch batch, Pain001Version version, OutputStream out) throws IOException {
        validate(batch);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Document(xml, version).write(batch);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the payment file", e);
        }
        out.flush();
    }

    /** The same checks as {@link #write}, for a screen that wants to say what is wrong before asking for a file. */
    public void validate(CreditTransferBatch batch) {
        requireId(batch.messageId(), "payment.messageIdInvalid");
        if (batch.creationDateTime() == null) {
            throw refusal("payment.creationDateTimeMissing");
        }
        if (isBlank(batch.initiatingPartyName())) {
            throw refusal("payment.initiatingPartyNameMissing");
        }
        if (isBlank(batch.debtorName())) {
            throw refusal("payment.debtorNameMissing");
        }
        if (!Iban.isValid(batch.debtorIban())) {
            throw refusal("payment.debtorIbanInvalid", nullToEmpty(batch.debtorIban()));
        }
        if (!isBlank(batch.debtorBic()) && !Bic.isValid(batch.debtorBic())) {
            throw refusal("payment.debtorBicInvalid", batch.debtorBic());
        }
        if (batch.transfers().isEmpty()) {
            throw refusal("payment.noTransfers");
        }
        for (CreditTransfer transfer : batch.transfers()) {
            validate(transfer, batch.requestedExecutionDate());
        }
    }

    private static void validate(CreditTransfer transfer, LocalDate batchDate) {
        requireId(transfer.endToEndId(), "payment.endToEndIdInvalid");
        if (transfer.instructionId() != null) {
            requireId(transfer.instructionId(), "payment.instructionIdInvalid");
        }
        if (isBlank(transfer.creditorName())) {
            throw refusal("payment.creditorNameMissing", transfer.endToEndId());
        }
        String who = clean(transfer.creditorName(), Integer.MAX_VALUE);
        Money amount = transfer.amount();
        if (amount == null || amount.signum() <= 0) {
            throw refusal("payment.amountNotPositive", who, amount == null ? "" : amount.toString());
        }
        if (!CURRENCY.matcher(amount.currency()).matches()) {
            throw refusal("payment.currencyInvalid", who, amount.currency());
        }
        if (!Iban.isValid(transfer.creditorIban())) {
            throw refusal("payment.creditorIbanInvalid", who, nullToEmpty(transfer.creditorIban()));
        }
        if (!isBlank(transfer.creditorBic()) && !Bic.isValid(transfer.creditorBic())) {
            throw refusal("payment.creditorBicInvalid", who, transfer.creditorBic());
        }
        if (transfer.requestedExecutionDate() == null && batchDate == null) {
            throw refusal("payment.executionDateMissing", who);
        }
    }

    private static void requireId(String id, String key) {
        // "/" at the start and "//" anywhere are reserved for structured codes in SEPA references.
        if (id == null || !ID.matcher(id).matches() || id.startsWith("/") || id.contains("//")) {
            throw refusal(key, nullToEmpty(id), MAX_ID_LENGTH);
        }
    }

    private static UserException refusal(String key, Object... arguments) {
        return new UserException(BUNDLE, key, arguments, null);
    }

    /**
     * Whitespace runs (line breaks from a notes field, tabs) become one space, and characters XML
     * cannot carry become spaces too; then the text is cut to the limit, counting characters as the
     * schema does (code points, so an emoji is never split in half).
     */
    static String clean(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || !isXmlChar(cp) || Character.isISOControl(cp)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.appendCodePoint(cp);
        }
        String cleaned = sb.toString();
        if (cleaned.codePointCount(0, cleaned.length()) <= maxLength) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength)).stripTrailing();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Unique per message (the suffix differs) and within 35 characters however long the message id is. */
    static String paymentInformationId(String messageId, int index) {
        String suffix = "-" + index;
        String base = messageId.length() + suffix.length() > MAX_ID_LENGTH
                ? messageId.substring(0, MAX_ID_LENGTH - suffix.length())
                : messageId;
        return base + suffix;
    }

    /** Blank as the file would show it: a name of only control characters would be written empty. */
    private static boolean isBlank(String s) {
        return clean(s, Integer.MAX_VALUE).isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static BigDecimal sum(List<CreditTransfer> transfers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CreditTransfer transfer : transfers) {
            sum = sum.add(transfer.amount().amount());
        }
        return sum;
    }

    private record GroupKey(String currency, LocalDate executionDate) {
    }

    /** One pass over one batch; holds the writer's position for indentation. */
    private static final class Document {

        private final XMLStreamWriter xml;
        private final Pain001Version version;
        private int depth;

        Document(XMLStreamWriter xml, Pain001Version version) {
            this.xml = xml;
            this.version = version;
        }

        void write(CreditTransferBatch batch) throws XMLStreamException {
            Map<GroupKey, List<CreditTransfer>> groups = groups(batch);

            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(version.namespace());
            xml.writeStartElement(version.namespace(), "Document");
            xml.writeDefaultNamespace(version.namespace());
            depth++;
            start("CstmrCdtTrfInitn");

            start("GrpHdr");
            leaf("MsgId", batch.messageId());
            leaf("CreDtTm", CREATION.format(batch.creationDateTime().truncatedTo(ChronoUnit.SECONDS)));
            leaf("NbOfTxs", Integer.toString(batch.transfers().size()));
            // Across currencies this adds apples and pears, but it is what the standard defines: a
            // plain arithmetic sum of all instructed amounts, used by the bank as a checksum.
            leaf("CtrlSum", sum(batch.transfers()).toPlainString());
            start("InitgPty");
            leaf("Nm", name(batch.initiatingPartyName()));
            end();
            end();

            int index = 1;
            for (Map.Entry<GroupKey, List<CreditTransfer>> group : groups.entrySet()) {
                paymentInformation(batch, paymentInformationId(batch.messageId(), index++), group.getKey(), group.getValue());
            }

            end();
            depth--;
            newline();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        /** In the order of first appearance, so the file follows the order the user saw. */
        private static Map<GroupKey, List<CreditTransfer>> groups(CreditTransferBatch batch) {
            Map<GroupKey, List<CreditTransfer>> groups = new LinkedHashMap<>();
            for (CreditTransfer transfer : batch.transfers()) {
                LocalDate date = transfer.requestedExecutionDate() != null
                        ? transfer.requestedExecutionDate()
                        : batch.requestedExecutionDate();
                groups.computeIfAbsent(new GroupKey(transfer.amount().currency(), date), k -> new ArrayList<>())
                        .add(transfer);
            }
            return groups;
        }

        private void paymentInformation(CreditTransferBatch batch, String id, GroupKey key, List<CreditTransfer> transfers)
                throws XMLStreamException {
            start("PmtInf");
            leaf("PmtInfId", id);
            leaf("PmtMtd", "TRF");
            leaf("NbOfTxs", Integer.toString(transfers.size()));
            leaf("CtrlSum", sum(transfers).toPlainString());
            if ("EUR".equals(key.currency())) {
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
            leaf("Nm", name(batch.debtorName()));
            end();
            account("DbtrAcct", batch.debtorIban());
            start("DbtrAgt");
            start("FinInstnId");
            if (isBlank(batch.debtorBic())) {
                start("Othr");
                leaf("Id", "NOTPROVIDED");
                end();
            } else {
                leaf(version.bicElement(), Bic.normalize(batch.debtorBic()));
            }
            end();
            end();
            leaf("ChrgBr", "SLEV");
            for (CreditTransfer transfer : transfers) {
                transaction(transfer);
            }
            end();
        }

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
            if (!isBlank(transfer.creditorBic())) {
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
            String remittance = clean(transfer.remittanceText(), MAX_REMITTANCE_LENGTH);
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
            return clean(name, version.maxNameLength());
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
    }
}
