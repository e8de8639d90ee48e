package dk.reimbursementdesk.service;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerLocation;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.interchange.ExportService;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.service.interchange.ParameterListService;
import dk.reimbursementdesk.service.interchange.VendorLinkService;
import dk.reimbursementdesk.service.ledger.AboutLedger;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.report.ReportService;
import dk.reimbursementdesk.service.overview.OverviewService;
import java.nio.file.Path;

/**
 * The use cases of one open ledger, as the window and the command line see them. Built by app;
 * screens and commands get it and never touch the ledger's persistence directly. Each feature adds
 * its service here.
 */
public final class Services implements AutoCloseable {

    private final Ledger ledger;
    private final boolean ownsLedger;

    /** The services of a ledger the caller opened and will close itself (the window keeps its ledger open). */
    public Services(Ledger ledger) {
        this(ledger, false);
    }

    private Services(Ledger ledger, boolean ownsLedger) {
        this.ledger = ledger;
        this.ownsLedger = ownsLedger;
    }

    /**
     * Opens an existing ledger file for a caller that knows no persistence (the command line). The
     * result owns the ledger: {@link #close} lets go of the file and its lock. A missing, foreign,
     * damaged or already open file is refused with a sentence.
     */
    public static Services open(Path file) {
        return new Services(Ledger.open(file), true);
    }

    /**
     * Like {@link #open}, for a caller that only reads (the {@code check} command): SQLite refuses
     * every write, and an older ledger is refused rather than upgraded.
     */
    public static Services openForReading(Path file) {
        return new Services(Ledger.openForReading(file), true);
    }

    /**
     * Creates a new ledger holding only its company, chart of accounts and number sequences, owned by
     * the result like {@link #open}. The company's id, name and currency are checked before the file
     * is made, an existing file is refused, and a ledger whose setup fails is removed again, so a
     * refusal leaves nothing behind.
     */
    public static Services create(Path file, String companyCode, String companyName, String accountingCurrency) {
        String currency = checkedCompany(companyCode, companyName, accountingCurrency);
        Ledger ledger = Ledger.create(file);
        try {
            new CompanySetupService(ledger).initialize(companyCode, companyName, currency, false);
            return new Services(ledger, true);
        } catch (RuntimeException e) {
            ledger.close();
            removeHalfMadeLedger(ledger.file());
            throw e;
        }
    }

    /**
     * {@link #open(Path)} for what the user gave {@code --ledger}: a file's path, or a PostgreSQL
     * server's {@code jdbc:postgresql://HOST:PORT/DATABASE} (user and password from the URL's
     * parameters or PGUSER / PGPASSWORD). On a server several clerks share the ledger: there is no
     * file lock, the units of work that post take the database's locks.
     */
    public static Services open(String ledger) {
        return isServerUrl(ledger) ? new Services(Ledger.open(ServerAddress.parse(ledger)), true) : open(Path.of(ledger));
    }

    /** {@link #openForReading(Path)} for a file or a server's URL: on a server every connection is read-only. */
    public static Services openForReading(String ledger) {
        return isServerUrl(ledger) ? new Services(Ledger.openForReading(ServerAddress.parse(ledger)), true) : openForReading(Path.of(ledger));
    }

    /**
     * {@link #create(Path, String, String, String)} for a file or a server's URL. On a server the
     * database must be empty: its schema is made with Flyway, then the company; a database that holds
     * anything, or a ledger already, is refused before anything is written. When the company's setup
     * fails after the schema was made, what the create made is dropped again (the objects the
     * database held before are kept), so init is all or nothing and may simply be run again.
     */
    public static Services create(String ledger, String companyCode, String companyName, String accountingCurrency) {
        if (!isServerUrl(ledger)) {
            return create(Path.of(ledger).toAbsolutePath().normalize(), companyCode, companyName, accountingCurrency);
        }
        ServerAddress address = ServerAddress.parse(ledger);
        String currency = checkedCompany(companyCode, companyName, accountingCurrency);
        return new Services(CompanySetupService.createOnServer(address, companyCode, companyName, currency), true);
    }

    /** Whether {@code ledger}, as the user gave it, names a PostgreSQL server rather than a file. */
    public static boolean isServerUrl(String ledger) {
        return ServerAddress.isServerUrl(ledger);
    }

    /**
     * The file {@code ledger} names, for what works on a file only (backups, restore): a server's URL
     * is refused with {@code server.fileOnly}, naming the server and database, never the password.
     */
    public static Path fileOnly(String ledger) {
        if (isServerUrl(ledger)) {
            throw UserException.in("i18n.server", "server.fileOnly", ServerAddress.parse(ledger).display());
        }
        return Path.of(ledger);
    }

    /**
     * Checks a server's URL as the user typed it (File > Open ledger > Server…), without connecting;
     * returns what texts call it ({@code user@host:port/database}), or refuses with
     * {@code server.badUrl} (the password hidden).
     */
    public static String serverName(String url) {
        return ServerAddress.parse(url).display();
    }

    /** Whether neither the URL nor PGPASSWORD gives a password: then the window asks for one. */
    public static boolean needsPassword(String url) {
        return !ServerAddress.parse(url).hasPassword();
    }

    /**
     * {@code url} without its password parameter: the URL a field may show to try again after a
     * refusal (the start's Server…, the next File > Open ledger on a server…); the password is then
     * asked in the password field, never shown.
     */
    public static String withoutPasswordParameter(String url) {
        return url.replaceAll("(?i)([?&])password=[^&]*(&|$)", "$1").replaceAll("[?&]$", "");
    }

    /** {@code text} with any password in a server's URL replaced by ***: for logs and the audit log's origin. */
    public static String withoutPassword(String text) {
        return ServerAddress.redacted(text);
    }

    /** The ledger a start without {@code --ledger} uses, the same for the window and the command line. */
    public static Path defaultLedger() {
        return LedgerLocation.defaultLedger();
    }

    /** The company's id, name and currency checked before any ledger is made; returns the currency's ISO code. */
    private static String checkedCompany(String companyCode, String companyName, String accountingCurrency) {
        String currency = Currencies.requireIsoCode(accountingCurrency);
        if (companyCode == null || companyCode.isBlank()) {
            throw new UserException("company.codeRequired");
        }
        if (companyName == null || companyName.isBlank()) {
            throw new UserException("company.nameRequired");
        }
        return currency;
    }

    private static void removeHalfMadeLedger(Path file) {
        Ledger.removeUnfinished(file);
    }

    /** Closes the ledger if {@link #open} or {@link #create} opened it; a ledger handed to the constructor stays open. */
    @Override
    public void close() {
        if (ownsLedger) {
            ledger.close();
        }
    }

    /** The ledger file, for the status bar and messages; refused with {@code server.fileOnly} on a server (see {@link #onServer}). */
    public Path ledgerFile() {
        return ledger.file();
    }

    /** What texts call the ledger: its file's path, or {@code user@host:port/database} on a server (never a password). */
    public String ledgerName() {
        return ledger.name();
    }

    /** Whether the ledger is on a PostgreSQL server (no file, no file backups). */
    public boolean onServer() {
        return ledger.onServer();
    }

    /**
     * What {@code --ledger} (or the window's File > Open ledger) takes to open this ledger again: the
     * file's absolute path, or the server's URL with its user and without any password.
     */
    public String ledgerLocation() {
        return ledger.server().map(ServerAddress::urlWithoutPassword).orElseGet(() -> ledger.file().toString());
    }

    public AboutLedger about() {
        return new AboutLedger(ledger);
    }

    public PostingService posting() {
        return new PostingService(ledger);
    }

    public LedgerCheckService ledgerCheck() {
        return new LedgerCheckService(ledger);
    }

    /** The reimbursement runs, payment batches and imports, newest first. */
    public dk.reimbursementdesk.service.check.PostingUnits postingUnits() {
        return new dk.reimbursementdesk.service.check.PostingUnits(ledger);
    }

    public ParametersService parameters() {
        return new ParametersService(ledger);
    }

    public CustomerService customers() {
        return new CustomerService(ledger);
    }

    /** Holds: customers skipped by reimbursement runs until released. */
    public HoldService holds() {
        return new HoldService(ledger);
    }

    /** Saved selections: the query builder's and --where's ranges under a name. */
    public SavedSelectionService savedSelections() {
        return new SavedSelectionService(ledger);
    }

    public VendorService vendors() {
        return new VendorService(ledger);
    }

    public ExchangeRateService exchangeRates() {
        return new ExchangeRateService(ledger);
    }

    public CustomerTransactionEntryService customerTransactions() {
        return new CustomerTransactionEntryService(ledger, posting());
    }

    /** Vendor payments: open vendor invoices, posting payment batches, the bank's pain.001 file. */
    public PaymentService payments() {
        return new PaymentService(ledger);
    }

    /** The bank's answers: pain.002 payment status reports read back. */
    public BankStatusService bankStatus() {
        return new BankStatusService(ledger);
    }

    /** Read-only general-ledger views: vouchers, their lines, the trial balance, the company. */
    public GeneralLedgerQueries generalLedger() {
        return new GeneralLedgerQueries(ledger);
    }

    /** The Reimbursement process: preview, run, reversal. */
    public ReimbursementService reimbursement() {
        return new ReimbursementService(ledger);
    }

    /** The Reimbursement list: filtered, sorted pages and CSV export. */
    public ReimbursementListService reimbursementList() {
        return new ReimbursementListService(ledger);
    }

    /** Small credits (below the minimum): the list, their write-off and its reversal, the write-offs. */
    public dk.reimbursementdesk.service.writeoff.SmallCreditService smallCredits() {
        return new dk.reimbursementdesk.service.writeoff.SmallCreditService(ledger);
    }

    /** CSV import of customers, vendors, open transactions and rates: all rows or none. */
    public ImportService imports() {
        return new ImportService(ledger);
    }

    /** CSV export in the column order the command line documents. */
    public ExportService exports() {
        return new ExportService(ledger);
    }

    /** The parameters as stable name/value lines, and the company bank account (for scripts). */
    public ParameterListService parameterList() {
        return new ParameterListService(ledger);
    }

    /** Reproducible synthetic customers and open transactions for an empty company ledger (the demo command). */
    public SyntheticLedgerGenerator syntheticData() {
        return new SyntheticLedgerGenerator(ledger);
    }

    /** The ledger's backups: write one, list them, restore one. */
    public dk.reimbursementdesk.service.backup.BackupService backups() {
        return new dk.reimbursementdesk.service.backup.BackupService(ledger);
    }

    /** Setting and clearing a customer's vendor account by account numbers. */
    public VendorLinkService vendorLinks() {
        return new VendorLinkService(ledger);
    }

    /** The printed reports (PDF): run report, preview report, remittance advice, trial balance. */
    public ReportService reports() {
        return new ReportService(ledger, reimbursement(), generalLedger());
    }

    /** The tamper-evident audit log: its entries, paged, its hash chain verified, its CSV export. */
    public dk.reimbursementdesk.service.audit.AuditLog audit() {
        return new dk.reimbursementdesk.service.audit.AuditLog(ledger);
    }

    /** The Overview start page's figures. */
    public OverviewService overview() {
        return new OverviewService(ledger);
    }
}
