package dk.reimbursementdesk.service.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16, defect 8: a voucher's posted code reads as a sentence in the reader's language; the row stays as posted. */
class VoucherTextTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Test
    void aCreditNoteReadsAsASentenceInDanishAndEnglish() {
        assertEquals("Kreditnota CN-3001, debitor C0002", VoucherText.render("CREDIT_NOTE CN-3001 C0002", false, DANISH));
        assertEquals("Credit note CN-3001, customer C0002", VoucherText.render("CREDIT_NOTE CN-3001 C0002", false, Locale.UK));
    }

    @Test
    void everyCodeAPostingWritesHasItsSentence() {
        assertEquals("Faktura INV-1004, debitor C0003", VoucherText.render("INVOICE INV-1004 C0003", false, DANISH));
        assertEquals("Indbetaling PAY-5001, debitor C0001", VoucherText.render("PAYMENT PAY-5001 C0001", false, DANISH));
        assertEquals("Udbetaling 1-0002 til kreditor V0001", VoucherText.render("PAYMENT 1-0002 V0001", true, DANISH));
        assertEquals("Refusion RB-000001, debitor C0001", VoucherText.render("REIMBURSEMENT RB-000001 C0001", false, DANISH));
        assertEquals("Tilbageførsel af refusion RB-000002, debitor C0002",
                VoucherText.render("REIMBURSEMENT_REVERSAL RB-000002 C0002", false, DANISH));
        assertEquals("Lille kreditsaldo WO-000001 afskrevet, debitor C0003", VoucherText.render("WRITE_OFF WO-000001 C0003", false, DANISH));
        assertEquals("Tilbageførsel af afskrivning WO-000001, debitor C0003",
                VoucherText.render("WRITE_OFF_REVERSAL WO-000001 C0003", false, DANISH));
        assertEquals("Betaling 1-0001 afvist af banken, kreditor V0002",
                VoucherText.render("PAYMENT_REJECTED 1-0001 V0002", false, DANISH));
    }

    @Test
    void aDocumentWithSpacesKeepsThemAndOtherTextIsShownAsWritten() {
        assertEquals("Invoice INV 77 A, customer C0001", VoucherText.render("INVOICE INV 77 A C0001", false, Locale.UK));
        assertEquals("Opening balances imported from x.csv", VoucherText.render("Opening balances imported from x.csv", false, DANISH));
        assertEquals("INVOICE", VoucherText.render("INVOICE", false, DANISH));
        assertEquals("Year-end journal", VoucherText.render("Year-end journal", false, DANISH));
        assertEquals("", VoucherText.render(null, false, DANISH));
    }
}
