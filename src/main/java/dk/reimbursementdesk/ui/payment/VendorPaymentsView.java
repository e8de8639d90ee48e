package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * The FXML controller of Vendor payments as a whole: its tabs hold {@link InvoiceSelectionView},
 * {@link PaymentProposalView} and {@link PaymentBatchesView}; both of the latter write bank files through
 * {@link #writeBankFile}, which asks where through the screen's {@link DialogService}.
 */
public final class VendorPaymentsView {

    private final PaymentBatchesViewModel batches;
    private final DialogService dialogs;
    private final ResourceBundle text;

    public VendorPaymentsView(PaymentBatchesViewModel batches, DialogService dialogs, ResourceBundle text) {
        this.batches = batches;
        this.dialogs = dialogs;
        this.text = text;
    }

    void writeBankFile(PaymentBatchSummary batch) {
        dialogs.chooseFileToSave(text.getString("file.chooserTitle"), batches.suggestedFileName(batch),
                List.of(new ExtensionFilter(text.getString("file.filter"), "*.xml")))
                .ifPresent((Path file) -> batches.export(batch, file));
    }

    boolean confirmPost(String question) {
        return dialogs.confirm(text.getString("post.confirm.title"), text.getString("post.confirm.title"), question,
                text.getString("post.confirm.yes"), text.getString("post.confirm.no"));
    }
}
