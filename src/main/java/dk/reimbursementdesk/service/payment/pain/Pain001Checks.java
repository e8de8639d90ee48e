package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.UserException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The first pass over a payment file: every rule of the header and of each transfer checked, with
 * the user's sentence when one fails, and the blocks counted and summed in the order they come. Its
 * own class because these rules run without writing anything (a screen asks before it asks for a
 * file, and {@link Pain001Writer} refuses a batch before its first byte), apart from how the
 * {@link Pain001Document} is written.
 */
final class Pain001Checks {

    static final String BUNDLE = "i18n.payment_file";

    /** Max35Text: every reference and id the file carries. */
    static final int MAX_ID_LENGTH = 35;

    /**
     * The EPC's restricted Latin set for references: references are matched by machines along the
     * way, so one outside it is refused rather than changed. Names and remittance text are put into
     * the same set by {@link EpcText} as they are written.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Pain001Checks() {
    }

    /** Every rule checked, the blocks counted and summed in the order they come. */
    static PaymentBlocks check(CreditTransferHeader header, TransferSource transfers) {
        requireId(header.messageId(), "payment.messageIdInvalid");
        if (header.creationDateTime() == null) {
            throw refusal("payment.creationDateTimeMissing");
        }
        if (FileText.isBlank(header.initiatingPartyName())) {
            throw refusal("payment.initiatingPartyNameMissing");
        }
        requireLatin(header.initiatingPartyName(), "payment.initiatingPartyNameNotLatin");
        if (FileText.isBlank(header.debtorName())) {
            throw refusal("payment.debtorNameMissing");
        }
        requireLatin(header.debtorName(), "payment.debtorNameNotLatin");
        if (!Iban.isValid(header.debtorIban())) {
            throw refusal("payment.debtorIbanInvalid", nullToEmpty(header.debtorIban()));
        }
        if (!FileText.isBlank(header.debtorBic()) && !Bic.isValid(header.debtorBic())) {
            throw refusal("payment.debtorBicInvalid", header.debtorBic());
        }
        PaymentBlocks blocks = new PaymentBlocks();
        transfers.forEach(transfer -> {
            validate(transfer, header.requestedExecutionDate());
            blocks.add(PaymentInformationKey.of(transfer, header), transfer);
        });
        if (blocks.count() == 0) {
            throw refusal("payment.noTransfers");
        }
        return blocks;
    }

    private static void validate(CreditTransfer transfer, LocalDate batchDate) {
        requireId(transfer.endToEndId(), "payment.endToEndIdInvalid");
        if (transfer.instructionId() != null) {
            requireId(transfer.instructionId(), "payment.instructionIdInvalid");
        }
        if (FileText.isBlank(transfer.creditorName())) {
            throw refusal("payment.creditorNameMissing", transfer.endToEndId());
        }
        String who = FileText.clean(transfer.creditorName(), Integer.MAX_VALUE);
        requireLatin(transfer.creditorName(), "payment.creditorNameNotLatin", who, transfer.endToEndId());
        Money amount = transfer.amount();
        if (amount == null || amount.signum() <= 0) {
            throw refusal("payment.amountNotPositive", who, amount == null ? "" : amount.toString());
        }
        if (amount.amount().compareTo(Pain001Writer.MAX_AMOUNT) > 0) {
            throw refusal("payment.amountTooLarge", who, transfer.endToEndId(), amount.amount().toPlainString(),
                    amount.currency());
        }
        if (!CURRENCY.matcher(amount.currency()).matches()) {
            throw refusal("payment.currencyInvalid", who, amount.currency());
        }
        if (!Iban.isValid(transfer.creditorIban())) {
            throw refusal("payment.creditorIbanInvalid", who, nullToEmpty(transfer.creditorIban()));
        }
        if (!FileText.isBlank(transfer.creditorBic()) && !Bic.isValid(transfer.creditorBic())) {
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
