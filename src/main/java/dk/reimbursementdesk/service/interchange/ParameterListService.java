package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.LedgerAccount;
import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accounts receivable parameters as name/value pairs, the form scripts read and write them in.
 * The names are stable (scripts rely on them); values are plain text: amounts with {@code .} and the
 * accounting currency's decimals, accounts by number, an unset value empty.
 */
public final class ParameterListService {

    /** One parameter: a stable lower-case name and its value as plain text. */
    public record Parameter(String name, String value) {
    }

    /**
     * What to change; null leaves a value as it is. An empty IBAN or BIC clears it (the company then
     * has no bank account for payment files).
     */
    public record Changes(BigDecimal minimumReimbursement, String bankIban, String bankBic) {
        public boolean isEmpty() {
            return minimumReimbursement == null && bankIban == null && bankBic == null;
        }
    }

    private final Ledger ledger;

    public ParameterListService(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<Parameter> list() {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            Parameters p = context.parameters();
            List<Parameter> list = new ArrayList<>();
            list.add(new Parameter("company", context.company().getCode()));
            list.add(new Parameter("company_name", context.company().getName()));
            list.add(new Parameter("accounting_currency", context.accountingCurrencyCode()));
            list.add(new Parameter("minimum_reimbursement",
                    BigDecimal.valueOf(p.getMinimumReimbursement(), context.accountingDecimals()).toPlainString()));
            list.add(new Parameter("bank_iban", Optional.ofNullable(p.getBankIban()).orElse("")));
            list.add(new Parameter("bank_bic", Optional.ofNullable(p.getBankBic()).orElse("")));
            list.add(account("ar_control_account", p.getArControlAccount()));
            list.add(account("ap_control_account", p.getApControlAccount()));
            list.add(account("bank_account", p.getBankAccount()));
            list.add(account("sales_account", p.getSalesAccount()));
            list.add(account("sales_returns_account", p.getSalesReturnsAccount()));
            list.add(account("opening_balance_account", p.getOpeningBalanceAccount()));
            list.add(account("fx_gain_account", p.getFxGainAccount()));
            list.add(account("fx_loss_account", p.getFxLossAccount()));
            list.add(account("small_credit_writeoff_account", p.getSmallCreditWriteoffAccount()));
            list.add(new Parameter("one_time_vendor_group", p.getOneTimeVendorGroup().getCode()));
            list.add(next("next_voucher", p.getVoucherSequence()));
            list.add(next("next_reimbursement", p.getReimbursementSequence()));
            list.add(next("next_one_time_vendor", p.getOneTimeVendorSequence()));
            return List.copyOf(list);
        });
    }

    /** Checks every change first, then saves them together; a refusal writes nothing. */
    public void update(Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        ledger.inTransactionDo(work -> {
            work.lockForPosting("parameters change");
            LedgerContext context = LedgerContext.load(work);
            Long minimum = null;
            if (changes.minimumReimbursement() != null) {
                BigDecimal amount = changes.minimumReimbursement();
                if (amount.signum() < 0) {
                    throw InterchangeText.refusal("parameters.minimum.negative", amount.toPlainString());
                }
                if (amount.stripTrailingZeros().scale() > context.accountingDecimals()) {
                    throw InterchangeText.refusal("parameters.minimum.tooPrecise", amount.toPlainString(),
                            context.accountingCurrencyCode(), context.accountingDecimals());
                }
                minimum = amount.movePointRight(context.accountingDecimals()).longValueExact();
            }
            String iban = null;
            if (changes.bankIban() != null && !changes.bankIban().isBlank()) {
                var why = Iban.whyInvalid(changes.bankIban());
                if (why.isPresent()) {
                    throw InterchangeText.refusal("parameters.iban.invalid", changes.bankIban(), why.get());
                }
                iban = Iban.normalize(changes.bankIban());
            }
            String bic = null;
            if (changes.bankBic() != null && !changes.bankBic().isBlank()) {
                if (!Bic.isValid(changes.bankBic())) {
                    throw InterchangeText.refusal("parameters.bic.invalid", changes.bankBic());
                }
                bic = Bic.normalize(changes.bankBic());
            }
            Parameters p = context.parameters();
            if (minimum != null) {
                p.setMinimumReimbursement(minimum);
            }
            if (changes.bankIban() != null) {
                p.setBankIban(iban);
            }
            if (changes.bankBic() != null) {
                p.setBankBic(bic);
            }
        });
    }

    private static Parameter account(String name, LedgerAccount account) {
        return new Parameter(name, account == null ? "" : account.getNumber());
    }

    private static Parameter next(String name, NumberSequence sequence) {
        return new Parameter(name, sequence.format(sequence.getNextValue()));
    }
}
