package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportCommandTest {

    @TempDir
    static Path templateDir;
    static Path template;

    @TempDir
    Path dir;
    Path file;

    /**
     * A ledger holding vendor V1, customers C1 (DKK, linked to V1) and C2 (EUR), EUR rates from
     * 2026-01-01 and 2026-03-01 and a JPY rate; made once through the command line, copied for each test.
     */
    @BeforeAll
    static void template() {
        template = LedgerFiles.empty(templateDir);
        assertEquals(0, importCsv(templateDir, template, "vendors", "account,name,group,currency,iban,bic,one_time\nV1,Vendor One,REFUNDS,DKK,,,false\n").exit());
        assertEquals(0, importCsv(templateDir, template, "customers", "account,name,group,currency,vendor_account\nC1,One,RETAIL,DKK,V1\nC2,Two,RETAIL,EUR,\n").exit());
        assertEquals(0, importCsv(templateDir, template, "rates", "currency,date,rate\nEUR,2026-01-01,7.4600\nEUR,2026-03-01,7.5000\nJPY,2026-01-01,0.0425\n").exit());
    }

    @BeforeEach
    void ledger() throws Exception {
        file = Files.copy(template, dir.resolve("ledger.db"));
    }

    private static Cli.Result importCsv(Path dir, Path file, String kind, String content) {
        Path csv = LedgerFiles.csv(dir, kind + ".csv", content);
        return Cli.run("--ledger", file.toString(), "import", kind, csv.toString());
    }

    private Cli.Result importCsv(String kind, String content) {
        return importCsv(dir, file, kind, content);
    }

    @Test
    void vendorsAreImportedWithGroupsAndTheOneTimeFlag() {
        Cli.Result result = importCsv("vendors", """
                account,name,group,currency,iban,bic,one_time
                V2,Vendor Two,SUPPLIERS,SEK,SE45 5000 0000 0583 9825 7466,esseSESS,true
                V3,"Vendor, Three",refunds,dkk,,,
                """);
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Imported 2 vendors from " + dir.resolve("vendors.csv") + ".\n", result.out());
        assertEquals("", result.err());
        assertEquals(List.of(
                "1|V1|Vendor One|2|DKK|null|null|0|",
                "2|V2|Vendor Two|3|SEK|SE4550000000058398257466|ESSESESS|1|",
                "3|V3|Vendor, Three|2|DKK|null|null|0|"), LedgerFiles.rows(file, "vendor"));
        assertEquals(List.of("1|ONETIME|One-time vendors|", "2|REFUNDS|REFUNDS|", "3|SUPPLIERS|SUPPLIERS|"),
                LedgerFiles.rows(file, "vendor_group"));
    }

    @Test
    void customersAreFoundByHeaderNameInAnyOrderWithAByteOrderMarkCrLfAndExtraColumns() {
        Cli.Result result = importCsv("customers", "\uFEFFName,Extra,CURRENCY,account,group,iban,bic,vendor_account\r\n"
                + "\"Bager \"\"Hansen\"\" ApS\",ignored,NOK,C3,WHOLESALE,DK50 0040 0440 1162 43,DABADKKK,v1\r\n"
                + "Fem,x,CHF,C4,retail,,,\r\n");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Imported 2 customers from " + dir.resolve("customers.csv") + ".\n", result.out());
        assertEquals(List.of(
                "1|C1|One|1|DKK|null|null|1|",
                "2|C2|Two|1|EUR|null|null|null|",
                "3|C3|Bager \"Hansen\" ApS|2|NOK|DK5000400440116243|DABADKKK|1|",
                "4|C4|Fem|1|CHF|null|null|null|"), LedgerFiles.rows(file, "customer"));
    }

    @Test
    void aCurrencyTheLedgerDoesNotKnowIsCreated() {
        Cli.Result result = importCsv("customers", "account,name,group,currency\nC3,Three,RETAIL,ISK\n");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM currency WHERE code = 'ISK' AND decimals = 0"));
    }

    @Test
    void ratesAreImported() {
        Cli.Result result = importCsv("rates", "currency,date,rate\nSEK,2026-01-01,0.69\nUSD,2026-01-01,6.4\n");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Imported 2 exchange rates from " + dir.resolve("rates.csv") + ".\n", result.out());
        assertEquals(List.of("1|EUR|2026-01-01|7.46|", "2|EUR|2026-03-01|7.5|", "3|JPY|2026-01-01|0.0425|", "4|SEK|2026-01-01|0.69|",
                        "5|USD|2026-01-01|6.4|"),
                LedgerFiles.rows(file, "exchange_rate"));
    }

    @Test
    void transactionsArePostedOnOneOpeningBalanceVoucherAndTheLedgerChecksOut() {
        Cli.Result result = importCsv("transactions", """
                customer,date,type,document,amount,currency,due_date
                C1,2026-02-01,INVOICE,INV-1,1000.00,,2026-03-01
                C1,2026-02-10,PAYMENT,PAY-1,1250.00,,
                C2,2026-02-05,INVOICE,INV-2,100.00,,
                C2,2026-03-02,PAYMENT,PAY-2,100,,
                C2,2026-03-03,CREDIT_NOTE,CN-2,20.00,DKK,
                """);
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Imported 5 transactions from " + dir.resolve("transactions.csv") + ".\n"
                + "The opening balances are posted on voucher V-000001, with 2 settlements.\n", result.out());
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
        assertEquals(List.of("1|V-000001|2026-03-03|Opening balances imported from transactions.csv|null|"),
                LedgerFiles.rows(file, "voucher").stream().map(r -> r.substring(0, r.lastIndexOf('|', r.length() - 2) + 1)).toList());
        // Ids run per customer in date order. C1 overpaid 250.00; C2's EUR invoice (746.00 DKK) paid at 7.50 (750.00 DKK): a 4.00 gain; CN-2 stays open.
        assertEquals(List.of(
                "1|1|1|INVOICE|2026-02-01|2026-03-01|INV-1|DKK|100000|100000|",
                "2|1|1|PAYMENT|2026-02-10|null|PAY-1|DKK|-125000|-125000|",
                "3|2|1|INVOICE|2026-02-05|2026-02-05|INV-2|EUR|10000|74600|",
                "4|2|1|PAYMENT|2026-03-02|null|PAY-2|EUR|-10000|-75000|",
                "5|2|1|CREDIT_NOTE|2026-03-03|null|CN-2|DKK|-2000|-2000|"), LedgerFiles.rows(file, "customer_transaction"));
        // Open items (customer, currency, transaction, date, open, open in DKK): the settled ones have none.
        assertEquals(List.of(
                "1|DKK|2|2026-02-10|-25000|-25000|",
                "2|DKK|5|2026-03-03|-2000|-2000|"), LedgerFiles.rows(file, "customer_open_item"));
        // Net -274.00: AR control (5600, id 6) credited against the opening-balance account (9000, id 9);
        // the 4.00 gain moves from AR control to realized exchange gain (3600, id 3). (Ids follow the
        // chart's order, in which the small-credit write-off account 3700 is id 5.)
        assertEquals(List.of(
                "1|1|6|0|27400|DKK|-27400|null|",
                "2|1|9|27400|0|DKK|27400|null|",
                "3|1|6|400|0|DKK|400|null|",
                "4|1|3|0|400|DKK|-400|null|"), LedgerFiles.rows(file, "voucher_line"));
    }

    static Stream<Arguments> badInput() {
        String tx = "customer,date,type,document,amount,currency,due_date\n";
        String customers = "account,name,group,currency,vendor_account,iban,bic\n";
        String vendors = "account,name,group,currency,iban,bic,one_time\n";
        String rates = "currency,date,rate\n";
        return Stream.of(
                Arguments.of("missing required column", "customers", "account,name,group\nC9,Nine,G\n",
                        "line 1, currency: The required column \"currency\" is missing from the header."),
                Arguments.of("unknown customer", "transactions", tx + "C9,2026-02-01,INVOICE,I9,10.00,,\n",
                        "line 2, customer: There is no customer with account C9; import the customers first."),
                Arguments.of("unknown vendor", "customers", customers + "C9,Nine,G,DKK,V9,,\n",
                        "line 2, vendor_account: There is no vendor with account V9; import the vendors first."),
                Arguments.of("unknown transaction type", "transactions", tx + "C1,2026-02-01,REFUND,I9,10.00,,\n",
                        "line 2, type: \"REFUND\" is not a transaction type; use INVOICE, PAYMENT or CREDIT_NOTE."),
                Arguments.of("reimbursement type", "transactions", tx + "C1,2026-02-01,REIMBURSEMENT,I9,10.00,,\n",
                        "line 2, type: \"REIMBURSEMENT\" is not a transaction type; use INVOICE, PAYMENT or CREDIT_NOTE."),
                Arguments.of("customer currency not ISO", "customers", customers + "C9,Nine,G,DKR,,,\n",
                        "line 2, currency: \"DKR\" is not an ISO 4217 currency code."),
                Arguments.of("transaction currency not ISO", "transactions", tx + "C1,2026-02-01,INVOICE,I9,10.00,EURO,\n",
                        "line 2, currency: \"EURO\" is not an ISO 4217 currency code."),
                Arguments.of("amount not a number", "transactions", tx + "C1,2026-02-01,INVOICE,I9,\"1,250.00\",,\n",
                        "line 2, amount: \"1,250.00\" is not an amount; write it with a point as decimal separator and no grouping, as in 1250.00."),
                Arguments.of("amount negative", "transactions", tx + "C1,2026-02-01,PAYMENT,P9,-5.00,,\n",
                        "line 2, amount: The amount must be greater than zero (it was -5.00); the type gives the direction."),
                Arguments.of("amount zero", "transactions", tx + "C1,2026-02-01,PAYMENT,P9,0.00,,\n",
                        "line 2, amount: The amount must be greater than zero (it was 0.00); the type gives the direction."),
                Arguments.of("amount too precise", "transactions", tx + "C1,2026-02-01,INVOICE,I9,10.001,,\n",
                        "line 2, amount: The amount 10.001 has more decimals than DKK allows (2)."),
                Arguments.of("amount with decimals in a currency without", "transactions", tx + "C1,2026-02-01,INVOICE,I9,10.5,JPY,\n",
                        "line 2, amount: The amount 10.5 has more decimals than JPY allows (0)."),
                Arguments.of("bad date", "transactions", tx + "C1,2026-02-30,INVOICE,I9,10.00,,\n",
                        "line 2, date: \"2026-02-30\" is not a date; write it as YYYY-MM-DD."),
                Arguments.of("bad due date", "transactions", tx + "C1,2026-02-01,INVOICE,I9,10.00,,01/03/2026\n",
                        "line 2, due_date: \"01/03/2026\" is not a date; write it as YYYY-MM-DD."),
                Arguments.of("no rate for a foreign currency", "transactions", tx + "C2,2025-12-31,INVOICE,I9,10.00,,\n",
                        "line 2, currency: There is no exchange rate for EUR valid on 2025-12-31; import the rates first."),
                Arguments.of("required value empty", "transactions", tx + "C1,2026-02-01,INVOICE,,10.00,,\n",
                        "line 2, document: A value is required here."),
                Arguments.of("invalid IBAN", "customers", customers + "C9,Nine,G,DKK,,DK5000400440116244,\n",
                        "line 2, iban: \"DK5000400440116244\" is not a valid IBAN: the check digits do not fit the rest: a character is mistyped or two are swapped."),
                // Spaces in a BIC are separators (issue 14); ZZ is no country, so this one stays invalid.
                Arguments.of("invalid BIC", "vendors", vendors + "V9,Nine,G,DKK,,DABA ZZ KK,false\n",
                        "line 2, bic: \"DABA ZZ KK\" is not a valid BIC."),
                Arguments.of("one_time neither true nor false", "vendors", vendors + "V9,Nine,G,DKK,,,yes\n",
                        "line 2, one_time: \"yes\" is neither true nor false."),
                Arguments.of("duplicate account in the file", "customers", customers + "C9,Nine,G,DKK,,,\nc9,Nine again,G,DKK,,,\n",
                        "line 3, account: The account c9 is already in the file on line 2."),
                Arguments.of("customer account already in the ledger", "customers", customers + "c1,One again,G,DKK,,,\n",
                        "line 2, account: A customer with account c1 already exists in the ledger."),
                Arguments.of("vendor account already in the ledger", "vendors", vendors + "V1,One again,G,DKK,,,\n",
                        "line 2, account: A vendor with account V1 already exists in the ledger."),
                Arguments.of("rate of zero", "rates", rates + "SEK,2026-01-01,0\n",
                        "line 2, rate: The rate must be greater than zero (it was 0)."),
                Arguments.of("rate below zero", "rates", rates + "SEK,2026-01-01,-0.69\n",
                        "line 2, rate: The rate must be greater than zero (it was -0.69)."),
                Arguments.of("rate not a number", "rates", rates + "SEK,2026-01-01,\"0,69\"\n",
                        "line 2, rate: \"0,69\" is not a rate; write it with a point as decimal separator, as in 7.4604."),
                Arguments.of("rate twice in the file", "rates", rates + "SEK,2026-01-01,0.69\nsek,2026-01-01,0.70\n",
                        "line 3, date: The rate for SEK from 2026-01-01 is already in the file on line 2."),
                Arguments.of("rate already in the ledger", "rates", rates + "EUR,2026-01-01,7.45\n",
                        "line 2, date: The ledger already has a rate for EUR from 2026-01-01."),
                Arguments.of("rate for the accounting currency", "rates", rates + "DKK,2026-01-01,1\n",
                        "line 2, currency: DKK is the accounting currency; it has no exchange rate."),
                Arguments.of("empty file", "transactions", "",
                        "line 1: The file is empty; it needs a header row naming its columns."),
                Arguments.of("stray quote", "transactions", tx + "C1,2026-02-01,INVOICE,\"I9\"x,10.00,,\n",
                        "line 2: The file is not valid CSV from here on: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedWithLineAndColumnAndNothingIsWritten(String name, String kind, String content, String expected) {
        var before = LedgerFiles.snapshot(file);
        // A good row first: nothing of it may land either.
        String good = switch (kind) {
            case "transactions" -> "C1,2026-02-01,INVOICE,GOOD,1.00,,\n";
            case "customers" -> "C8,Good,G,DKK,,,\n";
            case "vendors" -> "V8,Good,G,DKK,,,false\n";
            default -> "USD,2026-01-01,6.40\n";
        };
        int header = content.indexOf('\n') + 1;
        String withGood = content.isEmpty() || content.startsWith("account,name,group\n") ? content
                : content.substring(0, header) + good + content.substring(header);
        Cli.Result result = importCsv(kind, withGood);
        String shifted = withGood.equals(content) ? expected : shiftLine(expected);
        assertEquals(1, result.exit(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(shifted), result.err());
        assertTrue(result.err().endsWith("Nothing was imported: the file has one problem.\n"), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    /** The good row inserted after the header moves every reported line down by one. */
    private static String shiftLine(String expected) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(expected);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            m.appendReplacement(shifted, "line " + (line == 1 ? 1 : line + 1));
        }
        return m.appendTail(shifted).toString();
    }

    @Test
    void everyProblemIsReportedWithItsLineEvenAfterAValueSpanningLines() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = importCsv("customers", """
                account,name,group,currency,iban,note
                C7,Seven,G,DKK,,"Two
                lines"
                C8,Eight,G,XXX,,
                C9,,G,DKK,NO IBAN,
                """);
        assertEquals(1, result.exit());
        assertEquals("""
                line 4, currency: "XXX" is not an ISO 4217 currency code.
                line 5, name: A value is required here.
                line 5, iban: "NO IBAN" is not a valid IBAN: a Norwegian IBAN is NO, 2 check digits, 11 digits.
                Nothing was imported: the file has 3 problems.
                """, result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void problemsAreToldInDanishWithDanishLocale() {
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "da", "import", "rates",
                LedgerFiles.csv(dir, "r.csv", "currency,date,rate\nSEK,2026-13-01,0\n").toString());
        assertEquals(1, result.exit());
        assertEquals("""
                linje 2, date: "2026-13-01" er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.
                linje 2, rate: Kursen skal være større end nul (den var 0).
                Intet blev importeret: filen har 2 problemer.
                """, result.err());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        var before = LedgerFiles.snapshot(file);
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "account,name,group,currency\nC9,M\u00f8ller,G,DKK\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result result = Cli.run("--ledger", file.toString(), "import", "customers", csv.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("it is not UTF-8 text"), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aMissingFileIsRefused() {
        Cli.Result result = Cli.run("--ledger", file.toString(), "import", "customers", dir.resolve("nope.csv").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("The file " + dir.resolve("nope.csv") + " could not be read: "), result.err());
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Cli.Result result = Cli.run("--ledger", file.toString(), "import", "invoices", "x.csv");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("\"invoices\" is not something to import; choose one of customers, vendors, transactions, rates.\nUsage:"),
                result.err());
    }
}
