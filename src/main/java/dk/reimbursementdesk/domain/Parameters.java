package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Accounts receivable parameters (Debitorparametre) and the posting setup: one row per ledger.
 * The minimum reimbursement is in minor units of the accounting currency.
 */
@Entity
@Table(name = "parameters")
public class Parameters {

    public static final long SINGLETON_ID = 1L;

    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id = SINGLETON_ID;

    @Column(name = "minimum_reimbursement")
    private long minimumReimbursement;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "ar_control_account_id")
    private LedgerAccount arControlAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "ap_control_account_id")
    private LedgerAccount apControlAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "bank_account_id")
    private LedgerAccount bankAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "sales_account_id")
    private LedgerAccount salesAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "sales_returns_account_id")
    private LedgerAccount salesReturnsAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "opening_balance_account_id")
    private LedgerAccount openingBalanceAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "fx_gain_account_id")
    private LedgerAccount fxGainAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "fx_loss_account_id")
    private LedgerAccount fxLossAccount;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "voucher_sequence_id")
    private NumberSequence voucherSequence;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "reimbursement_sequence_id")
    private NumberSequence reimbursementSequence;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "one_time_vendor_sequence_id")
    private NumberSequence oneTimeVendorSequence;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "one_time_vendor_group_id")
    private VendorGroup oneTimeVendorGroup;

    /** Where small credits are written off to (V19); null only in a ledger whose migration found no company. */
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "small_credit_writeoff_account_id")
    private LedgerAccount smallCreditWriteoffAccount;

    @Column(name = "bank_iban")
    private String bankIban;
    @Column(name = "bank_bic")
    private String bankBic;

    protected Parameters() {
    }

    public Parameters(LedgerAccount arControl, LedgerAccount apControl, LedgerAccount bank, LedgerAccount sales,
                      LedgerAccount salesReturns, LedgerAccount openingBalance, LedgerAccount fxGain, LedgerAccount fxLoss,
                      NumberSequence vouchers, NumberSequence reimbursements, NumberSequence oneTimeVendors,
                      VendorGroup oneTimeVendorGroup) {
        this.arControlAccount = arControl;
        this.apControlAccount = apControl;
        this.bankAccount = bank;
        this.salesAccount = sales;
        this.salesReturnsAccount = salesReturns;
        this.openingBalanceAccount = openingBalance;
        this.fxGainAccount = fxGain;
        this.fxLossAccount = fxLoss;
        this.voucherSequence = vouchers;
        this.reimbursementSequence = reimbursements;
        this.oneTimeVendorSequence = oneTimeVendors;
        this.oneTimeVendorGroup = oneTimeVendorGroup;
    }

    public long getMinimumReimbursement() { return minimumReimbursement; }
    public void setMinimumReimbursement(long minimumReimbursement) {
        if (minimumReimbursement < 0) {
            throw new IllegalArgumentException("The minimum reimbursement cannot be negative");
        }
        this.minimumReimbursement = minimumReimbursement;
    }
    public LedgerAccount getArControlAccount() { return arControlAccount; }
    public void setArControlAccount(LedgerAccount a) { this.arControlAccount = a; }
    public LedgerAccount getApControlAccount() { return apControlAccount; }
    public void setApControlAccount(LedgerAccount a) { this.apControlAccount = a; }
    public LedgerAccount getBankAccount() { return bankAccount; }
    public void setBankAccount(LedgerAccount a) { this.bankAccount = a; }
    public LedgerAccount getSalesAccount() { return salesAccount; }
    public void setSalesAccount(LedgerAccount a) { this.salesAccount = a; }
    public LedgerAccount getSalesReturnsAccount() { return salesReturnsAccount; }
    public void setSalesReturnsAccount(LedgerAccount a) { this.salesReturnsAccount = a; }
    public LedgerAccount getOpeningBalanceAccount() { return openingBalanceAccount; }
    public void setOpeningBalanceAccount(LedgerAccount a) { this.openingBalanceAccount = a; }
    public LedgerAccount getFxGainAccount() { return fxGainAccount; }
    public void setFxGainAccount(LedgerAccount a) { this.fxGainAccount = a; }
    public LedgerAccount getFxLossAccount() { return fxLossAccount; }
    public void setFxLossAccount(LedgerAccount a) { this.fxLossAccount = a; }
    public NumberSequence getVoucherSequence() { return voucherSequence; }
    public void setVoucherSequence(NumberSequence s) { this.voucherSequence = s; }
    public NumberSequence getReimbursementSequence() { return reimbursementSequence; }
    public void setReimbursementSequence(NumberSequence s) { this.reimbursementSequence = s; }
    public NumberSequence getOneTimeVendorSequence() { return oneTimeVendorSequence; }
    public void setOneTimeVendorSequence(NumberSequence s) { this.oneTimeVendorSequence = s; }
    public VendorGroup getOneTimeVendorGroup() { return oneTimeVendorGroup; }
    public void setOneTimeVendorGroup(VendorGroup g) { this.oneTimeVendorGroup = g; }
    public LedgerAccount getSmallCreditWriteoffAccount() { return smallCreditWriteoffAccount; }
    public void setSmallCreditWriteoffAccount(LedgerAccount a) { this.smallCreditWriteoffAccount = a; }
    public String getBankIban() { return bankIban; }
    public void setBankIban(String bankIban) { this.bankIban = bankIban; }
    public String getBankBic() { return bankBic; }
    public void setBankBic(String bankBic) { this.bankBic = bankBic; }
}
