package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.LedgerAccount;
import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.VendorGroup;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.setup.GroupStore;
import dk.reimbursementdesk.persistence.posting.PostingStore;
import dk.reimbursementdesk.persistence.setup.ParametersStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Accounts receivable parameters (Debitorparametre): the minimum reimbursement, the one-time vendor
 * setup and the posting accounts and number sequences. Accounts, sequences and groups are named by
 * their number or code, so callers never hold entities.
 */
public final class ParametersService {

    /** The parameters as the form shows them; the minimum is in the accounting currency. */
    public record ParametersView(BigDecimal minimumReimbursement, String accountingCurrency, int accountingDecimals,
                                 String oneTimeVendorGroup, String oneTimeVendorSequence,
                                 String arControlAccount, String apControlAccount, String bankAccount,
                                 String salesAccount, String salesReturnsAccount,
                                 String voucherSequence, String reimbursementSequence,
                                 String bankIban, String bankBic, String smallCreditWriteoffAccount) {

        /** Without the small-credit write-off account (V19): shown empty. */
        public ParametersView(BigDecimal minimumReimbursement, String accountingCurrency, int accountingDecimals,
                              String oneTimeVendorGroup, String oneTimeVendorSequence,
                              String arControlAccount, String apControlAccount, String bankAccount,
                              String salesAccount, String salesReturnsAccount,
                              String voucherSequence, String reimbursementSequence, String bankIban, String bankBic) {
            this(minimumReimbursement, accountingCurrency, accountingDecimals, oneTimeVendorGroup, oneTimeVendorSequence,
                    arControlAccount, apControlAccount, bankAccount, salesAccount, salesReturnsAccount, voucherSequence,
                    reimbursementSequence, bankIban, bankBic, "");
        }
    }

    /** What the clerk saves: accounts by number, sequences and the vendor group by code. */
    public record ParametersUpdate(BigDecimal minimumReimbursement, String oneTimeVendorGroup, String oneTimeVendorSequence,
                                   String arControlAccount, String apControlAccount, String bankAccount,
                                   String salesAccount, String salesReturnsAccount,
                                   String voucherSequence, String reimbursementSequence,
                                   String bankIban, String bankBic, String smallCreditWriteoffAccount) {

        /** Without the small-credit write-off account: it stays as it is. */
        public ParametersUpdate(BigDecimal minimumReimbursement, String oneTimeVendorGroup, String oneTimeVendorSequence,
                                String arControlAccount, String apControlAccount, String bankAccount,
                                String salesAccount, String salesReturnsAccount,
                                String voucherSequence, String reimbursementSequence, String bankIban, String bankBic) {
            this(minimumReimbursement, oneTimeVendorGroup, oneTimeVendorSequence, arControlAccount, apControlAccount,
                    bankAccount, salesAccount, salesReturnsAccount, voucherSequence, reimbursementSequence, bankIban, bankBic, null);
        }

        /** Without the company's bank account: IBAN and BIC stay as they are (null means unchanged, blank clears). */
        public ParametersUpdate(BigDecimal minimumReimbursement, String oneTimeVendorGroup, String oneTimeVendorSequence,
                                String arControlAccount, String apControlAccount, String bankAccount,
                                String salesAccount, String salesReturnsAccount,
                                String voucherSequence, String reimbursementSequence) {
            this(minimumReimbursement, oneTimeVendorGroup, oneTimeVendorSequence, arControlAccount, apControlAccount,
                    bankAccount, salesAccount, salesReturnsAccount, voucherSequence, reimbursementSequence, null, null);
        }
    }

    /** An item of a pick list: its code or number and its name. */
    public record Choice(String code, String name) {
    }

    private final Ledger ledger;

    public ParametersService(Ledger ledger) {
        this.ledger = ledger;
    }

    public ParametersView load() {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            Parameters p = context.parameters();
            return new ParametersView(
                    BigDecimal.valueOf(p.getMinimumReimbursement(), context.accountingDecimals()),
                    context.accountingCurrencyCode(), context.accountingDecimals(),
                    p.getOneTimeVendorGroup().getCode(), p.getOneTimeVendorSequence().getCode(),
                    p.getArControlAccount().getNumber(), p.getApControlAccount().getNumber(), p.getBankAccount().getNumber(),
                    p.getSalesAccount().getNumber(), p.getSalesReturnsAccount().getNumber(),
                    p.getVoucherSequence().getCode(), p.getReimbursementSequence().getCode(),
                    p.getBankIban() == null ? "" : p.getBankIban(), p.getBankBic() == null ? "" : p.getBankBic(),
                    p.getSmallCreditWriteoffAccount() == null ? "" : p.getSmallCreditWriteoffAccount().getNumber());
        });
    }

    public List<Choice> ledgerAccounts() {
        return ledger.inTransaction(work -> new ParametersStore(work)
                .ledgerAccounts(row -> new Choice(row.text("number"), row.text("name"))));
    }

    public List<Choice> numberSequences() {
        return ledger.inTransaction(work -> new ParametersStore(work).numberSequences(ParametersService::choice));
    }

    public List<Choice> vendorGroups() {
        return ledger.inTransaction(work -> new GroupStore(work).vendorGroups(ParametersService::choice));
    }

    private static Choice choice(Row row) {
        return new Choice(row.text("code"), row.text("name"));
    }

    /**
     * Checks the minimum as the form does, so the field and the service give the same sentence:
     * required, zero or more, and no more decimals than the accounting currency has.
     */
    public static long minimumToMinor(BigDecimal minimum, String accountingCurrency, int accountingDecimals) {
        return SetupAmounts.requireNonNegative(minimum, accountingCurrency, accountingDecimals);
    }

    /** Saves all of it or, on any refusal, nothing. */
    public void save(ParametersUpdate update) {
        ledger.inTransactionDo(work -> {
            work.lockForPosting("parameters change");
            LedgerContext context = LedgerContext.load(work);
            ParametersStore store = new ParametersStore(work);
            PostingStore accounts = new PostingStore(work);
            long minimum = minimumToMinor(update.minimumReimbursement(), context.accountingCurrencyCode(), context.accountingDecimals());
            LedgerAccount ar = account(accounts, update.arControlAccount(), "parameters.arControlRequired");
            LedgerAccount ap = account(accounts, update.apControlAccount(), "parameters.apControlRequired");
            LedgerAccount bank = account(accounts, update.bankAccount(), "parameters.bankRequired");
            LedgerAccount sales = account(accounts, update.salesAccount(), "parameters.salesRequired");
            LedgerAccount returns = account(accounts, update.salesReturnsAccount(), "parameters.salesReturnsRequired");
            // The subledgers are reconciled against their control accounts: sharing one would hide differences.
            if (ar.getId().equals(ap.getId())) {
                throw SetupRefusals.refuse("parameters.controlAccountsSame", ar.getNumber());
            }
            NumberSequence vouchers = sequence(store, update.voucherSequence(), "parameters.voucherSequenceRequired");
            NumberSequence reimbursements = sequence(store, update.reimbursementSequence(), "parameters.reimbursementSequenceRequired");
            NumberSequence oneTime = sequence(store, update.oneTimeVendorSequence(), "parameters.oneTimeSequenceRequired");
            // A shared sequence would hand the same number to a voucher and a reimbursement or vendor.
            if (vouchers.getId().equals(reimbursements.getId()) || vouchers.getId().equals(oneTime.getId())
                    || reimbursements.getId().equals(oneTime.getId())) {
                throw SetupRefusals.refuse("parameters.sequencesShared");
            }
            String groupCode = SetupRefusals.requireText(update.oneTimeVendorGroup(), "parameters.vendorGroupRequired");
            VendorGroup group = new GroupStore(work).vendorGroup(groupCode)
                    .orElseThrow(() -> SetupRefusals.refuse("parameters.vendorGroupUnknown", groupCode));

            Parameters p = context.parameters();
            p.setMinimumReimbursement(minimum);
            p.setArControlAccount(ar);
            p.setApControlAccount(ap);
            p.setBankAccount(bank);
            p.setSalesAccount(sales);
            p.setSalesReturnsAccount(returns);
            p.setVoucherSequence(vouchers);
            p.setReimbursementSequence(reimbursements);
            p.setOneTimeVendorSequence(oneTime);
            p.setOneTimeVendorGroup(group);
            // The company's own bank account, the debtor of its payment files; checked as the vendors' are.
            if (update.bankIban() != null) {
                p.setBankIban(BankDetails.iban(update.bankIban()));
            }
            if (update.bankBic() != null) {
                p.setBankBic(BankDetails.bic(update.bankBic()));
            }
            if (update.smallCreditWriteoffAccount() != null) {
                p.setSmallCreditWriteoffAccount(account(accounts, update.smallCreditWriteoffAccount(), "parameters.smallCreditWriteoffRequired"));
            }
        });
    }

    private static LedgerAccount account(PostingStore store, String number, String requiredKey) {
        String wanted = SetupRefusals.requireText(number, requiredKey);
        return store.account(wanted).orElseThrow(() -> SetupRefusals.refuse("parameters.accountUnknown", wanted));
    }

    private static NumberSequence sequence(ParametersStore store, String code, String requiredKey) {
        String wanted = SetupRefusals.requireText(code, requiredKey);
        return store.numberSequence(wanted).orElseThrow(() -> SetupRefusals.refuse("parameters.sequenceUnknown", wanted));
    }
}
