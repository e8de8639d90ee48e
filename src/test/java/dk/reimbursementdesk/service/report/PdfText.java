package dk.reimbursementdesk.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF's text layer read back by PDFBox (a reader we did not write), page by page. */
public final class PdfText {

    private final List<String> pages;

    private PdfText(List<String> pages) {
        this.pages = pages;
    }

    public static PdfText of(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PdfText(pages);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** Page {@code n}, counted from 1. */
    public String page(int n) {
        return pages.get(n - 1);
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** Every line of every page. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String page : pages) {
            lines.addAll(List.of(page.split("\\R")));
        }
        return lines;
    }
}
