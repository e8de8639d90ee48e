package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SynchronousTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The main window's view model without a window: a recording DialogService and a host that refuses. */
class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private Ledger ledger;
    private final RecordingDialogService dialogs = new RecordingDialogService();

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
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), new SynchronousTaskExecutor(), dialogs);
        assertTrue(viewModel.ledgerTextProperty().get().contains(ledger.file().toString()));
        assertEquals("Company: Demo A/S (DEMO, DKK)", viewModel.companyTextProperty().get());
        assertTrue(viewModel.demoProperty().get());
        assertTrue(viewModel.windowTitleProperty().get().contains("demo data"));
    }

    @Test
    void aRefusedOpenIsToldAsTheServicesSentence() {
        Path notALedger = dir.resolve("notes.db");
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), new SynchronousTaskExecutor(), dialogs);

        viewModel.openLedger(notALedger);

        assertEquals(List.of(new UserException("ledger.notALedger", notALedger).getMessage()), dialogs.errors);
    }

    @Test
    void aRefusedNewLedgerIsToldAsTheServicesSentence() {
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), new SynchronousTaskExecutor(), dialogs);

        viewModel.createLedger(ledger.file(), "X", "X ApS", "DKK");

        assertEquals(List.of(new UserException("ledger.exists", ledger.file()).getMessage()), dialogs.errors);
    }

    @Test
    void aboutTellsTheProgramVersionAndTheLedgersSchemaVersion() {
        MainWindowViewModel viewModel = new MainWindowViewModel(new RefusingHost(new Services(ledger)), new ScreenRegistry(), new SynchronousTaskExecutor(), dialogs);

        String about = viewModel.aboutText();

        assertTrue(java.util.regex.Pattern.compile("\nVersion \\d+\\.\\d+\\.\\d+[^\n]*\n").matcher(about).find(), about);
        assertTrue(about.contains("Ledger schema version: " + newestMigration()), about);
    }

    private static String newestMigration() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration/sqlite"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
}
