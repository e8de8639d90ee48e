package dk.reimbursementdesk.service.payment.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a pain.002 payment status report, versions pain.002.001.10 and pain.002.001.03 (the two
 * use the same element names for what is read here), with StAX and without DTDs or external
 * entities. Reads only what the import needs: the report's id and time, the original message id,
 * and the status with its first reason at group, payment information and transaction level.
 * Anything that is not such a report is refused with a sentence.
 */
public final class Pain002Reader {

    private static final String PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Map<String, String> VERSIONS = Map.of(
            PREFIX + "pain.002.001.10", "pain.002.001.10",
            PREFIX + "pain.002.001.03", "pain.002.001.03");

    /** Reads the whole report; the stream is not closed. */
    public PaymentStatusReport read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return new Parse(xml).report();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw BankStatusText.refusal("status.notXml", line);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader that already failed has nothing more to say.
                }
            }
        }
    }

    /** One pass over the document, keeping the path of open elements. */
    private static final class Parse {

        private final XMLStreamReader xml;
        private final Deque<String> path = new ArrayDeque<>();
        private String messageName;
        private String messageId;
        private String createdAt;
        private String originalMessageId;
        private StatusBuilder group;
        private final List<PaymentStatusReport.Block> blocks = new ArrayList<>();
        private BlockBuilder block;
        private TransactionBuilder transaction;

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        PaymentStatusReport report() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                }
            }
            if (messageName == null) {
                throw BankStatusText.refusal("status.notPain002");
            }
            if (isBlank(messageId)) {
                throw BankStatusText.refusal("status.missing", "GrpHdr/MsgId");
            }
            if (isBlank(originalMessageId)) {
                throw BankStatusText.refusal("status.missing", "OrgnlGrpInfAndSts/OrgnlMsgId");
            }
            return new PaymentStatusReport(messageName, messageId, dateTime(createdAt), originalMessageId,
                    group == null ? null : group.build(), blocks);
        }

        private void start() throws XMLStreamException {
            String name = xml.getLocalName();
            if (path.isEmpty()) {
                root(name);
            }
            path.push(name);
            switch (path()) {
                case "Document/CstmrPmtStsRpt/GrpHdr/MsgId" -> messageId = text();
                case "Document/CstmrPmtStsRpt/GrpHdr/CreDtTm" -> createdAt = text();
                case "Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts" -> group = new StatusBuilder();
                case "Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts/OrgnlMsgId" -> originalMessageId = text();
                case "Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts/GrpSts" -> group.code = text();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts" -> block = new BlockBuilder();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/OrgnlPmtInfId" -> block.originalId = text();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/PmtInfSts" -> block.status.code = text();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts" -> transaction = new TransactionBuilder();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts/OrgnlEndToEndId" -> transaction.endToEndId = text();
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts/TxSts" -> transaction.status.code = text();
                default -> reason(name);
            }
        }

        /** StsRsnInf/Rsn/(Cd|Prtry) and StsRsnInf/AddtlInf, for whichever level is open; the first reason counts. */
        private void reason(String name) throws XMLStreamException {
            StatusBuilder status = currentStatus();
            if (status == null || !path.contains("StsRsnInf")) {
                return;
            }
            boolean first = status.reasons <= 1;
            if (name.equals("StsRsnInf")) {
                status.reasons++;
            } else if (first && (name.equals("Cd") || name.equals("Prtry")) && parent().equals("Rsn")) {
                status.reasonCode = text();
            } else if (first && name.equals("AddtlInf")) {
                String line = text();
                status.reasonText = status.reasonText == null ? line : status.reasonText + " " + line;
            }
        }

        private StatusBuilder currentStatus() {
            String p = path();
            if (p.startsWith("Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts/StsRsnInf")) {
                return transaction.status;
            }
            if (p.startsWith("Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/StsRsnInf")) {
                return block.status;
            }
            if (p.startsWith("Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts/StsRsnInf")) {
                return group;
            }
            return null;
        }

        private void end() {
            switch (path()) {
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts" -> {
                    block.transactions.add(new PaymentStatusReport.Transaction(transaction.endToEndId, transaction.status.build()));
                    transaction = null;
                }
                case "Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts" -> {
                    blocks.add(new PaymentStatusReport.Block(block.originalId, block.status.build(), block.transactions));
                    block = null;
                }
                default -> {
                }
            }
            path.pop();
        }

        private void root(String name) {
            String namespace = xml.getNamespaceURI();
            String version = VERSIONS.get(namespace);
            if (!name.equals("Document") || version == null) {
                String given = namespace != null && namespace.startsWith(PREFIX) ? namespace.substring(PREFIX.length()) : "";
                throw given.startsWith("pain.002") ? BankStatusText.refusal("status.version", given)
                        : BankStatusText.refusal("status.notPain002");
            }
            messageName = version;
        }

        /** An element's text, which moves the reader to its end: the end is handled here, not by the loop. */
        private String text() throws XMLStreamException {
            String text = xml.getElementText().strip();
            end();
            return text;
        }

        private String path() {
            StringBuilder sb = new StringBuilder();
            var it = path.descendingIterator();
            while (it.hasNext()) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(it.next());
            }
            return sb.toString();
        }

        private String parent() {
            var it = path.iterator();
            it.next();
            return it.hasNext() ? it.next() : "";
        }

        private static LocalDateTime dateTime(String text) {
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text).toLocalDateTime();
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw BankStatusText.refusal("status.badTime", text);
                }
            }
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    private static final class StatusBuilder {
        String code;
        String reasonCode;
        String reasonText;
        int reasons;

        PaymentStatusReport.Status build() {
            return code == null && reasonCode == null && reasonText == null ? null
                    : new PaymentStatusReport.Status(code, reasonCode, reasonText);
        }
    }

    private static final class BlockBuilder {
        String originalId;
        final StatusBuilder status = new StatusBuilder();
        final List<PaymentStatusReport.Transaction> transactions = new ArrayList<>();
    }

    private static final class TransactionBuilder {
        String endToEndId;
        final StatusBuilder status = new StatusBuilder();
    }
}
