package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.UserException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** One unstructured remittance line (Max140Text); see {@code PaymentPlan} for how it is made to fit. */
    public static final int MAX_REMITTANCE_LENGTH = 140;

    /** The largest amount of one transfer the EPC's rulebook lets a file carry. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /**
     * The EPC's restricted Latin set for references: references are matched by machines along the
     * way, so one outside it is refused rather than changed. Names and remittance text are put into
     * the same set by {@link EpcText} as they are written.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Seconds, no fraction and no offset: the form every bank's implementation guide shows. */
    private static final DateTimeFormatter CREATION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final String INDENT = "  ";

    /**
     * Writes a batch held in memory. Its transfers may come in any order: they are put in block
     * order first (blocks in the order of their first transfer), as the file needs them.
     *
     * @throws UserException when the batch cannot become a valid payment file; nothing is written then
     * @throws IOException   when the stream fails; the stream is flushed but not closed
     */
    public FileTotals write(CreditTransferBatch batch, Pain001Version version, OutputStream out) throws IOException {
        return write(batch.header(), inBlockOrder(batch), version, out);
    }

    /**
     * Writes a batch streamed from {@code transfers}, which is read twice: once to check every
     * transfer and count and sum the blocks (the header and each block carry their totals before
     * their transfers), once to write. Only the blocks' totals are held, never the transfers.
     *
     * @param transfers must hand over the same transfers both times, grouped by
     *                  {@link PaymentInformationKey} (see {@link TransferSource})
     * @throws UserException when the batch cannot become a valid payment file; nothing is written then
     * @throws IOException   when the stream fails; the stream is flushed but not closed
     */
    public FileTotals write(CreditTransferHeader header, TransferSource transfers, Pain001Version version, OutputStream out)
            throws IOException {
        Blocks blocks = check(header, transfers);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
            Document document = new Document(xml, version, header, blocks);
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
        buffered.flush();
        out.flush();
        return blocks.totals();
    }

    /** The same checks as {@link #write}, for a screen that wants to say what is wrong before asking for a file. */
    public void validate(CreditTransferBatch batch) {
        check(batch.header(), inBlockOrder(batch));
    }

    /** The same checks as {@link #write}, streamed; returns the file's count and control sum. */
    public FileTotals validate(CreditTransferHeader header, TransferSource transfers) {
        return check(header, transfers).totals();
    }

    /** The first pass: every rule checked, the blocks counted and summed in the order they come. */
    private static Blocks check(CreditTransferHeader header, TransferSource transfers) {
        requireId(header.messageId(), "payment.messageIdInvalid");
        if (header.creationDateTime() == null) {
            throw refusal("payment.creationDateTimeMissing");
        }
        if (isBlank(header.initiatingPartyName())) {
            throw refusal("payment.initiatingPartyNameMissing");
        }
        requireLatin(header.initiatingPartyName(), "payment.initiatingPartyNameNotLatin");
        if (isBlank(header.debtorName())) {
            throw refusal("payment.debtorNameMissing");
        }
        requireLatin(header.debtorName(), "payment.debtorNameNotLatin");
        if (!Iban.isValid(header.debtorIban())) {
            throw refusal("payment.debtorIbanInvalid", nullToEmpty(header.debtorIban()));
        }
        if (!isBlank(header.debtorBic()) && !Bic.isValid(header.debtorBic())) {
            throw refusal("payment.debtorBicInvalid", header.debtorBic());
        }
        Blocks blocks = new Blocks();
        transfers.forEach(transfer -> {
            validate(transfer, header.requestedExecutionDate());
            blocks.add(PaymentInformationKey.of(transfer, header), transfer);
        });
        if (blocks.count == 0) {
            throw refusal("payment.noTransfers");
        }
        return blocks;
    }

    private static TransferSource inBlockOrder(CreditTransferBatch batch) {
        Map<PaymentInformationKey, List<CreditTransfer>> groups = new LinkedHashMap<>();
        CreditTransferHeader header = batch.header();
        for (CreditTransfer transfer : batch.transfers()) {
            groups.computeIfAbsent(PaymentInformationKey.of(transfer, header), k -> new ArrayList<>()).add(transfer);
        }
        return sink -> groups.values().forEach(group -> group.forEach(sink));
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
        requireLatin(transfer.creditorName(), "payment.creditorNameNotLatin", who, transfer.endToEndId());
        Money amount = transfer.amount();
        if (amount == null || amount.signum() <= 0) {
            throw refusal("payment.amountNotPositive", who, amount == null ? "" : amount.toString());
        }
        if (amount.amount().compareTo(MAX_AMOUNT) > 0) {
            throw refusal("payment.amountTooLarge", who, transfer.endToEndId(), amount.amount().toPlainString(),
                    amount.currency());
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

    /** A name that is not blank but has nothing the EPC set can carry (only another script, say). */
    private static void requireLatin(String name, String key, Object... arguments) {
        if (EpcText.of(name).isEmpty()) {
            throw refusal(key, arguments);
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
        String cleaned = EpcText.rewrite(text, (cp, next) ->
                Character.isWhitespace(cp) || Character.isSpaceChar(cp) || !isXmlChar(cp) || Character.isISOControl(cp)
                        ? null : new String(Character.toChars(cp)));
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

    /** A stream failure inside a {@link TransferSource} callback, carried out of it. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(XMLStreamException cause) {
            super(cause);
        }
    }

    /** The blocks of one file in the order they come, with their counts and sums; the file's totals. */
    private static final class Blocks {

        private final Map<PaymentInformationKey, BlockTotals> byKey = new LinkedHashMap<>();
        private int count;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(PaymentInformationKey key, CreditTransfer transfer) {
            byKey.computeIfAbsent(key, k -> new BlockTotals()).add(transfer.amount().amount());
            count++;
            sum = sum.add(transfer.amount().amount());
        }

        FileTotals totals() {
            return new FileTotals(count, sum);
        }
    }

    private static final class BlockTotals {
        private int count;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(BigDecimal amount) {
            count++;
            sum = sum.add(amount);
        }
    }

    /**
     * One pass over one batch: {@link #begin} writes the group header, {@link #transfer} each
     * transaction (opening a payment information block where the key changes), {@link #finish} the
     * end. Holds the writer's position for indentation and the block being written.
     */
    private static final class Document {

        private final XMLStreamWriter xml;
        private final Pain001Version version;
        private final CreditTransferHeader header;
        private final Blocks blocks;
        private final Set<PaymentInformationKey> written = new HashSet<>();
        private PaymentInformationKey current;
        private int leftInBlock;
        private int depth;

        Document(XMLStreamWriter xml, Pain001Version version, CreditTransferHeader header, Blocks blocks) {
            this.xml = xml;
            this.version = version;
            this.header = header;
            this.blocks = blocks;
        }

        void begin() throws XMLStreamException {
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
            leaf("NbOfTxs", Integer.toString(blocks.count));
            // Across currencies this adds apples and pears, but it is what the standard defines: a
            // plain arithmetic sum of all instructed amounts, used by the bank as a checksum.
            leaf("CtrlSum", blocks.sum.toPlainString());
            start("InitgPty");
            leaf("Nm", name(header.initiatingPartyName()));
            end();
            end();
        }

        /** The next transfer in block order; a new key closes the block before and opens its own. */
        void transfer(CreditTransfer transfer) {
            try {
                PaymentInformationKey key = PaymentInformationKey.of(transfer, header);
                if (!key.equals(current)) {
                    endPaymentInformation();
                    if (!written.add(key)) {
                        throw new IllegalStateException("The transfers of block " + key + " do not come together");
                    }
                    current = key;
                    BlockTotals totals = blocks.byKey.get(key);
                    leftInBlock = totals.count;
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

        void finish() throws XMLStreamException {
            endPaymentInformation();
            if (written.size() != blocks.byKey.size()) {
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
            leaf("NbOfTxs", Integer.toString(totals.count));
            leaf("CtrlSum", totals.sum.toPlainString());
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
            if (isBlank(header.debtorBic())) {
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
            String remittance = epc(transfer.remittanceText(), MAX_REMITTANCE_LENGTH);
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
            return clean(EpcText.of(text), maxLength);
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
