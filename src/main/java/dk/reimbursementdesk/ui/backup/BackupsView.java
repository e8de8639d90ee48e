package dk.reimbursementdesk.ui.backup;

import dk.reimbursementdesk.service.backup.BackupService.Backup;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The FXML controller of the backups list: one row per backup file, newest first, as the service lists them. */
final class BackupsView {

    private final Path folder;
    private final List<Backup> backups;
    private final Texts texts = BackupsDialog.texts();

    @FXML private Label folderLabel;
    @FXML private TableView<Backup> backupsTable;
    @FXML private TableColumn<Backup, String> createdColumn;
    @FXML private TableColumn<Backup, String> reasonColumn;
    @FXML private TableColumn<Backup, String> sizeColumn;
    @FXML private TableColumn<Backup, String> fileColumn;

    BackupsView(Path folder, List<Backup> backups) {
        this.folder = folder;
        this.backups = backups;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(texts.format("backups.folder", folder.toString()));
        Columns.text(createdColumn, backup -> Formats.dateTime(backup.created()));
        Columns.choice(reasonColumn, backup -> reason(backup.reason()), "i18n.backup", "backups.reason.run", "backups.reason.payment",
                "backups.reason.import", "backups.reason.reversal", "backups.reason.restore", "backups.reason.close",
                "backups.reason.upgrade", "backups.reason.manual");
        Columns.amount(sizeColumn, backup -> megabytes(backup.bytes()));
        Columns.text(fileColumn, backup -> backup.path().getFileName().toString());
        Label none = new Label(texts.get("backups.none"));
        // the whole sentence, wrapped, rather than cut at the table's width
        none.setWrapText(true);
        none.setMaxWidth(520);
        backupsTable.setPlaceholder(none);
        backupsTable.getItems().setAll(backups);
    }

    ReadOnlyObjectProperty<Backup> chosenProperty() {
        return backupsTable.getSelectionModel().selectedItemProperty();
    }

    /** The reason in words; a reason this program does not know (a newer one's) as it is written in the name. */
    private String reason(String label) {
        try {
            return texts.get("backups.reason." + label);
        } catch (MissingResourceException unknown) {
            return label;
        }
    }

    /** Megabytes with one decimal, rounded half up: a size to compare, not an amount to book. */
    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP);
    }
}
