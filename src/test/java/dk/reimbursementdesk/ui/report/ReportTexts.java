package dk.reimbursementdesk.ui.report;

import dk.reimbursementdesk.ui.common.ReportPrinter;

/** A printing button's label as shown: the bundle's text without its mnemonic underscore. */
final class ReportTexts {

    private ReportTexts() {
    }

    static String label(String key) {
        return ReportPrinter.text(key).replace("_", "");
    }
}
