package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.layout.BorderPane;

/**
 * The FXML controller of Vendor payments as a whole: its tabs hold {@link InvoiceSelectionView},
 * {@link PaymentProposalView} and {@link PaymentBatchesView}; both of the latter write bank files through
 * {@link #writeBankFile}, which asks where with this screen's window as the dialog's owner.
 */
public final class VendorPaymentsView {

    private final VendorPaymentsViewModel model;
    private final PaymentFileChooser fileChooser;

    @FXML private BorderPane root;

    public VendorPaymentsView(VendorPaymentsViewModel model, PaymentFileChooser fileChooser) {
        this.model = model;
        this.fileChooser = fileChooser;
    }

    void writeBankFile(PaymentBatchSummary batch) {
        fileChooser.choose(root.getScene() == null ? null : root.getScene().getWindow(), model.suggestedFileName(batch))
                .ifPresent((Path file) -> model.export(batch, file));
    }
}
