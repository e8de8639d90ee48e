package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.UserException;

/**
 * A file whose content was imported into this ledger before, refused because the caller did not ask
 * to import it again. The sentence names the file and when it was imported; the command line adds
 * how to import it anyway ({@code --again}), the window its check box.
 */
public final class AlreadyImportedException extends UserException {

    private final String importedAt;

    AlreadyImportedException(String fileName, String importedAt, int rows) {
        super(InterchangeText.BUNDLE, "import.file.importedBefore", new Object[] {fileName, importedAt.replace('T', ' '), rows}, null);
        this.importedAt = importedAt;
    }

    /** When the earlier import was written, as ISO local date-time to the second. */
    public String importedAt() {
        return importedAt;
    }
}
