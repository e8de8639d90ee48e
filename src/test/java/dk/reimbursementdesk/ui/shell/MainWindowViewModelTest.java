package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model without a window: a recording Dialogs and a host that refuses. */
class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private Ledger ledger;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void openDemo() {
        ledger = TestLedgers.demo(dir);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void statusTextNamesTheFileAndTheDemoCompany() {
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), dialogs);
        assertTrue(viewModel.ledgerTextProperty().get().contains(ledger.file().toString()));
        assertEquals("Company: Demo A/S (DEMO, DKK)", viewModel.companyTextProperty().get());
        assertTrue(viewModel.demoProperty().get());
        assertTrue(viewModel.windowTitleProperty().get().contains("demo data"));
    }

    @Test
    void aRefusedOpenIsToldAsTheServicesSentence() {
        Path notALedger = dir.resolve("notes.db");
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), dialogs);

        viewModel.openLedger(notALedger);

        assertEquals(List.of(new UserException("ledger.notALedger", notALedger).getMessage()), dialogs.errors);
    }

    @Test
    void aRefusedNewLedgerIsToldAsTheServicesSentence() {
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), dialogs);

        viewModel.createLedger(ledger.file(), "X", "X ApS", "DKK");

        assertEquals(List.of(new UserException("ledger.exists", ledger.file()).getMessage()), dialogs.errors);
    }

    private static final class RefusingHost implements ShellHost {
        private final Services services;

        RefusingHost(Services services) {
            this.services = services;
        }

        @Override
        public Services services() {
            return services;
        }

        @Override
        public void openLedger(Path file) {
            throw new UserException("ledger.notALedger", file);
        }

        @Override
        public void createLedger(Path file, String companyCode, String companyName, String accountingCurrency) {
            throw new UserException("ledger.exists", file);
        }

        @Override
        public Locale language() {
            return Locale.UK;
        }

        @Override
        public void switchLanguage(Locale locale) {
        }

        @Override
        public void exit() {
        }
    }

    private static final class RecordingDialogs implements Dialogs {
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(String sentence) {
            errors.add(sentence);
        }

        @Override
        public void showInformation(String title, String text) {
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String extension, String suggestedName) {
            return Optional.empty();
        }
    }
}
