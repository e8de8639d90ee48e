package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.Themes;
import java.util.Locale;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/** The main window's FXML controller: menus, navigation tree, content area and status bar. */
public final class MainWindowView {

    /** A node of the navigation tree: a heading (item null) or an entry. */
    record NavNode(String label, NavItem item) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MainWindowViewModel viewModel;
    private final DialogService dialogs;
    private final Texts texts = Texts.of("i18n.shell");

    @FXML private TreeView<NavNode> navigation;
    @FXML private StackPane content;
    @FXML private Label ledgerLabel;
    @FXML private Label companyLabel;
    @FXML private Label demoMarker;
    @FXML private Pane demoBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressLabel;
    @FXML private MenuItem checkItem;
    @FXML private MenuItem backupsItem;
    @FXML private MenuItem importStatusItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem danishItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu viewMenu;
    @FXML private MenuItem newLedgerItem;
    @FXML private MenuItem openLedgerItem;
    @FXML private MenuItem openServerItem;
    @FXML private MenuItem newServerItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem printItem;
    @FXML private MenuItem exitItem;
    @FXML private MenuItem filterItem;
    @FXML private MenuItem refreshItem;
    @FXML private MenuItem guideItem;
    @FXML private MenuItem shortcutsItem;

    public MainWindowView(MainWindowViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /** Builds the window's content for {@code viewModel}. */
    public static Parent load(MainWindowViewModel viewModel, DialogService dialogs) {
        return Fxml.load(MainWindowView.class, "MainWindow.fxml", Texts.of("i18n.shell").bundle(),
                new MainWindowView(viewModel, dialogs));
    }

    @FXML
    private void initialize() {
        TreeItem<NavNode> root = new TreeItem<>(new NavNode("", null));
        for (NavGroup group : NavGroup.values()) {
            TreeItem<NavNode> heading = new TreeItem<>(new NavNode(texts.get(group.key()), null));
            heading.setExpanded(true);
            for (NavItem item : NavItem.values()) {
                if (item.group() == group) {
                    heading.getChildren().add(new TreeItem<>(new NavNode(texts.get(item.key()), item)));
                }
            }
            root.getChildren().add(heading);
        }
        navigation.setRoot(root);
        navigation.setShowRoot(false);
        navigation.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        navigation.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });

        ledgerLabel.textProperty().bind(viewModel.ledgerTextProperty());
        companyLabel.textProperty().bind(viewModel.companyTextProperty());
        demoMarker.visibleProperty().bind(viewModel.demoProperty());
        demoMarker.managedProperty().bind(viewModel.demoProperty());
        demoBanner.visibleProperty().bind(viewModel.demoProperty());
        demoBanner.managedProperty().bind(viewModel.demoProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progressLabel.visibleProperty().bind(viewModel.busyProperty());
        progressLabel.textProperty().bind(viewModel.busyTextProperty());
        checkItem.disableProperty().bind(viewModel.busyProperty());
        backupsItem.disableProperty().bind(viewModel.busyProperty());
        importStatusItem.disableProperty().bind(viewModel.busyProperty());
        openServerItem.disableProperty().bind(viewModel.busyProperty());
        newServerItem.disableProperty().bind(viewModel.busyProperty());

        viewModel.currentScreenProperty().addListener((obs, old, screen) -> show(screen));
        viewModel.currentItemProperty().addListener((obs, old, item) -> select(item));

        boolean danish = "da".equals(viewModel.language().getLanguage());
        danishItem.setSelected(danish);
        englishItem.setSelected(!danish);
        darkThemeItem.setSelected(Themes.isDark());
        shortcuts();

        show(null);
        Platform.runLater(navigation::requestFocus);
    }

    /** The accelerators of {@link Shortcut}, and View's entries for the main screens (Ctrl+1 to Ctrl+9). */
    private void shortcuts() {
        accelerate(newLedgerItem, Shortcut.NEW_LEDGER);
        accelerate(openLedgerItem, Shortcut.OPEN_LEDGER);
        accelerate(importItem, Shortcut.IMPORT);
        accelerate(exportItem, Shortcut.EXPORT);
        accelerate(printItem, Shortcut.PRINT);
        accelerate(exitItem, Shortcut.EXIT);
        accelerate(filterItem, Shortcut.FILTER);
        accelerate(refreshItem, Shortcut.REFRESH);
        accelerate(guideItem, Shortcut.USER_GUIDE);
        accelerate(shortcutsItem, Shortcut.SHORTCUTS);
        int at = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut.screen() != null) {
                MenuItem item = new MenuItem(texts.get(shortcut.screen().key()));
                item.setMnemonicParsing(false);
                item.setAccelerator(shortcut.keys());
                item.setOnAction(event -> viewModel.open(shortcut.screen()));
                viewMenu.getItems().add(at++, item);
            }
        }
        viewMenu.getItems().add(at, new SeparatorMenuItem());
    }

    private static void accelerate(MenuItem item, Shortcut shortcut) {
        item.setAccelerator(shortcut.keys());
    }

    /** View > Filter (Ctrl+F): the keyboard to the showing list's filter; nothing on a screen without one. */
    @FXML
    private void focusFilter() {
        viewModel.focusFilter();
    }

    /** View > Refresh (F5): the showing screen reads the ledger again; nothing on a screen with nothing to read. */
    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    /** Help > User guide (F1): the guide in the current language. */
    @FXML
    private void userGuide() {
        try {
            dialogs.showCustomDialog(new UserGuide(viewModel.language()));
        } catch (RuntimeException e) {
            dialogs.showError(Failures.sentence(e));
        }
    }

    /** Help > Keyboard shortcuts: the table of {@link Shortcut}. */
    @FXML
    private void keyboardShortcuts() {
        dialogs.showCustomDialog(new KeyboardShortcutsDialog());
    }

    /** File > Print current report (Ctrl+P): the open screen's report; a screen without one says so. */
    @FXML
    private void printCurrent() {
        Screen screen = viewModel.currentScreenProperty().get();
        if (screen == null || !screen.print()) {
            dialogs.showInformation(ReportPrinter.text("print.title"), ReportPrinter.text("print.nothing"));
        }
    }

    private void openSelected() {
        TreeItem<NavNode> selected = navigation.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().item() != null) {
            viewModel.open(selected.getValue().item());
            // Cancel on unsaved changes keeps the screen: the tree shows it chosen again.
            select(viewModel.currentItemProperty().get());
        }
    }

    private void show(Screen screen) {
        if (screen == null) {
            Label welcome = new Label(texts.get("welcome"));
            welcome.setWrapText(true);
            welcome.getStyleClass().add("welcome");
            content.getChildren().setAll(welcome);
        } else {
            content.getChildren().setAll(screen.root());
        }
    }

    private void select(NavItem item) {
        if (item == null) {
            return;
        }
        for (TreeItem<NavNode> heading : navigation.getRoot().getChildren()) {
            for (TreeItem<NavNode> entry : heading.getChildren()) {
                if (entry.getValue().item() == item && navigation.getSelectionModel().getSelectedItem() != entry) {
                    navigation.getSelectionModel().select(entry);
                }
            }
        }
    }

    /** File > Import: the same screen the navigation's Import entry opens. */
    @FXML
    private void openImport() {
        viewModel.open(NavItem.IMPORT);
    }

    /** Tools > Audit log: the same screen the navigation's Audit log entry opens. */
    @FXML
    private void openAuditLog() {
        viewModel.open(NavItem.AUDIT_LOG);
    }

    /** File > Export: the same screen the navigation's Export entry opens. */
    @FXML
    private void openExport() {
        viewModel.open(NavItem.EXPORT);
    }

    /** File > Import bank status…: the bank's answer to a payment file (see {@link LedgerMenuActions#importBankStatus}). */
    @FXML
    private void importBankStatus() {
        viewModel.ledgerMenu().importBankStatus();
    }

    @FXML
    private void newLedger() {
        dialogs.chooseFileToSave(texts.get("newLedger.fileTitle"), "ledger.db", LedgerFiles.filters())
                .ifPresent(file -> dialogs.showCustomDialog(new NewLedgerDialog())
                        .ifPresent(company -> viewModel.createLedger(file, company.code(), company.name(), company.currency())));
    }

    /** File > Open ledger on a server…: the URL, the password if needed, opened off the FX thread. */
    @FXML
    private void openServerLedger() {
        viewModel.serverLedger().openServerLedger();
    }

    /** File > New ledger on a server…: an empty database made a ledger (see {@link ServerLedgerFlow#newServerLedger}). */
    @FXML
    private void newServerLedger() {
        viewModel.serverLedger().newServerLedger();
    }

    @FXML
    private void openLedger() {
        dialogs.chooseFileToOpen(texts.get("openLedger.title"), LedgerFiles.filters()).ifPresent(viewModel::openLedger);
    }

    @FXML
    private void chooseEnglish() {
        boolean switched = viewModel.switchLanguage(Locale.ENGLISH);
        englishItem.setSelected(switched);
        danishItem.setSelected(!switched);
    }

    @FXML
    private void chooseDanish() {
        boolean switched = viewModel.switchLanguage(Locale.forLanguageTag("da-DK"));
        danishItem.setSelected(switched);
        englishItem.setSelected(!switched);
    }

    /** View > Dark theme: Primer Dark or Primer Light at once, remembered. */
    @FXML
    private void toggleDarkTheme() {
        viewModel.chooseDarkTheme(darkThemeItem.isSelected());
    }

    @FXML
    private void exit() {
        viewModel.exit();
    }

    /** File > Backups…: the list, Restore… and Back up now (see {@link LedgerMenuActions#showBackups}). */
    @FXML
    private void showBackups() {
        viewModel.ledgerMenu().showBackups();
    }

    @FXML
    private void checkLedger() {
        viewModel.ledgerMenu().checkLedger();
    }

    @FXML
    private void about() {
        dialogs.showInformation(texts.get("about.title"), viewModel.aboutText());
    }
}
