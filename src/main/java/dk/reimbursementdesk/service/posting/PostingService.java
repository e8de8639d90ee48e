package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.posting.PostingStore;
import dk.reimbursementdesk.service.ledger.Amounts;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Posting use cases: each call is one database transaction that writes a balanced voucher and its
 * subledger transactions, or nothing at all.
 */
public final class PostingService {

    /** A customer invoice, payment or credit note as the clerk enters it. Currency null means the customer's. */
    public record CustomerTransactionRequest(String customerAccount, CustomerTransactionType type, LocalDate date,
                                             LocalDate dueDate, String document, BigDecimal amount, String currency) {
    }

    /** A general-ledger line of a manual journal: account number and a debit or a credit in accounting currency. */
    public record JournalLine(String account, BigDecimal debit, BigDecimal credit) {
    }

    public record PostedVoucher(long voucherId, String voucherNumber) {
    }

    private final Ledger ledger;

    public PostingService(Ledger ledger) {
        this.ledger = ledger;
    }

    public PostedVoucher postCustomerTransaction(CustomerTransactionRequest request) {
        if (request.type() == null || request.type().postedByProcess()) {
            throw new UserException("posting.typeNotEnterable", request.type());
        }
        if (request.date() == null) {
            throw new UserException("posting.dateRequired");
        }
        if (request.document() == null || request.document().isBlank()) {
            throw new UserException("posting.documentRequired");
        }
        return ledger.inTransaction(work -> {
            work.lockForPosting("customer transaction");
            LedgerContext context = LedgerContext.load(work);
            Customer customer = new PostingStore(work)
                    .customer(request.customerAccount() == null ? "" : request.customerAccount().trim())
                    .orElseThrow(() -> new UserException("customer.unknown", request.customerAccount()));
            String currencyCode = request.currency() == null || request.currency().isBlank()
                    ? customer.getCurrency() : request.currency();
            Currency currency = Currencies.require(work, currencyCode);
            long amount = Amounts.requirePositive(request.amount(), currency);
            BigDecimal rate = ExchangeRates.require(work, currency.getCode(), context.accountingCurrencyCode(), request.date());
            long amountAcc = ExchangeConversion.toAccountingMinor(amount, currency.getDecimals(), rate, context.accountingDecimals());

            Parameters p = context.parameters();
            Voucher voucher = VoucherPoster.open(work, context, request.date(),
                    request.type().name() + " " + request.document().trim() + " " + customer.getAccount(), null);
            LedgerAccount counter = switch (request.type()) {
                case INVOICE -> p.getSalesAccount();
                case PAYMENT -> p.getBankAccount();
                case CREDIT_NOTE -> p.getSalesReturnsAccount();
                default -> throw new IllegalStateException();
            };
            long signed = request.type().sign() * amount;
            long signedAcc = request.type().sign() * amountAcc;
            addSignedLine(voucher, p.getArControlAccount(), signedAcc, currency.getCode(), signed);
            addSignedLine(voucher, counter, -signedAcc, currency.getCode(), -signed);

            LocalDate due = request.type() == CustomerTransactionType.INVOICE
                    ? (request.dueDate() == null ? request.date() : request.dueDate()) : null;
            CustomerOpenItem item = CustomerLedgerWriter.add(work, voucher, customer, request.type(),
                    request.date(), due, request.document().trim(), currency.getCode(), amount, amountAcc);
            CustomerLedgerWriter.settleAgainstOpenInvoices(work, context, voucher, item);
            VoucherPoster.post(work, context, voucher);
            return new PostedVoucher(voucher.getId(), voucher.getNumber());
        });
    }

    /** A manual journal in accounting currency; refused, with nothing written, unless it balances. */
    public PostedVoucher postJournal(LocalDate date, String description, List<JournalLine> lines) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("journal");
            LedgerContext context = LedgerContext.load(work);
            Voucher voucher = VoucherPoster.open(work, context, date, description, null);
            PostingStore store = new PostingStore(work);
            for (JournalLine line : lines) {
                LedgerAccount account = store.account(line.account())
                        .orElseThrow(() -> new UserException("account.unknown", line.account()));
                long debit = line.debit() == null ? 0 : Amounts.toMinor(line.debit(), context.accountingCurrency());
                long credit = line.credit() == null ? 0 : Amounts.toMinor(line.credit(), context.accountingCurrency());
                if (debit < 0 || credit < 0) {
                    throw new UserException("posting.negativeLine", line.account());
                }
                voucher.addLine(account, debit, credit, context.accountingCurrencyCode(), debit - credit, null);
            }
            VoucherPoster.post(work, context, voucher);
            return new PostedVoucher(voucher.getId(), voucher.getNumber());
        });
    }

    /** Adds a line whose sign says the side: positive is a debit. */
    public static void addSignedLine(Voucher voucher, LedgerAccount account, long signedAcc, String currency, long signedAmount) {
        if (signedAcc >= 0) {
            voucher.addLine(account, signedAcc, 0, currency, signedAmount, null);
        } else {
            voucher.addLine(account, 0, -signedAcc, currency, signedAmount, null);
        }
    }
}
