package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 in the real window, on the tests' own PostgreSQL: File > Open ledger on a server… checks
 * the URL at its field, asks the password in a password field, opens the ledger off the FX thread and
 * names the server and database in the status bar; a wrong password is told and the file stays open.
 */
@ExtendWith(ApplicationExtension.class)
class ServerLedgerWindowTest {

    private static final String PASSWORD = "pw-of-the-test";

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private final PostgresServer server = PostgresServer.get();
    private Stage stage;
    private Ledger file;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
        // a file, whatever engine the JVM's other ledgers are on: the window starts on one
        file = Ledger.create(dir.resolve("ledger.db"));
        new CompanySetupService(file).initialize("TEST", "Test ApS", "DKK", false);
        session = new DeskSession(stage, file, ScreenRegistry.standard(), LanguagePreference.inMemory(), new FxDialogService(stage));
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(() -> session.close());
        Locale.setDefault(before);
    }

    /** A ledger with company PG in a database whose user needs {@link #PASSWORD}; the URL without it. */
    private String ledgerWithPassword() {
        String url = server.emptyDatabaseWithPassword(PASSWORD);
        try (Ledger ledger = Ledger.create(ServerAddress.parse(url + "&password=" + PASSWORD))) {
            new CompanySetupService(ledger).initialize("PG", "Postgres ApS", "DKK", false);
        }
        return url;
    }

    private static void openServerDialog(FxRobot robot) {
        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Open ledger on a server\u2026"));
        WindowRobot.waitUntil(() -> robot.lookup("#serverUrlField").tryQuery().isPresent());
    }

    private static void typeUrl(FxRobot robot, String url) {
        TextField field = robot.lookup("#serverUrlField").queryAs(TextField.class);
        robot.interact(() -> field.setText(url));
    }

    private static String sentence(FxRobot robot) {
        return robot.lookup("#serverUrlSentence").queryAs(Label.class).getText();
    }

    private static void ok(FxRobot robot) {
        robot.clickOn(WindowRobot.labelled(robot, "OK"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String statusBar(FxRobot robot) {
        return robot.lookup(".label").match((Label l) -> l.getText() != null && l.getText().startsWith("Ledger")).queryAs(Label.class).getText();
    }

    @Test
    void theUrlIsCheckedAtItsFieldThenThePasswordIsAskedAndTheStatusBarNamesTheServer(FxRobot robot) {
        String url = ledgerWithPassword();
        String name = ServerAddress.parse(url).display();
        openServerDialog(robot);

        typeUrl(robot, dir.resolve("ledger.db").toString());
        assertEquals("This is no server address: it begins with jdbc:postgresql://. A ledger file is opened with File > Open ledger.",
                sentence(robot));
        typeUrl(robot, "jdbc:postgresql://127.0.0.1:99999/books");
        ok(robot);
        assertTrue(robot.lookup("#serverUrlField").tryQuery().isPresent(), "OK does not close on a URL that is no address");
        assertTrue(sentence(robot).startsWith("The ledger \"jdbc:postgresql://127.0.0.1:99999/books\" is not a PostgreSQL address"),
                sentence(robot));

        typeUrl(robot, url);
        assertEquals("", sentence(robot));
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        assertEquals("The password of " + name, robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        PasswordField password = robot.lookup("#serverPasswordField").queryAs(PasswordField.class);
        robot.clickOn(password).write(PASSWORD);
        ok(robot);

        WindowRobot.waitUntil(() -> session.ledger() != file);
        assertTrue(session.ledger().onServer());
        assertEquals("Ledger on PostgreSQL: " + name, statusBar(robot));
        assertEquals("Reimbursement Desk \u2014 Postgres ApS", stage.getTitle());
        assertTrue(session.services().onServer());
    }

    @Test
    void aWrongPasswordIsToldAndTheLedgerFileStaysOpen(FxRobot robot) {
        String url = ledgerWithPassword();
        openServerDialog(robot);
        typeUrl(robot, url);
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#serverPasswordField").queryAs(PasswordField.class)).write("not-" + PASSWORD);
        ok(robot);

        String refusal = "PostgreSQL refused the user name or password for " + ServerAddress.parse(url).display()
                + ". Give them in the URL (?user=...&password=...) or in PGUSER and PGPASSWORD.";
        WindowRobot.waitUntil(() -> robot.lookup((Node n) -> n instanceof Label l && refusal.equals(l.getText())).tryQuery().isPresent());
        assertSame(file, session.ledger(), "the file stays open");
        assertFalse(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null && l.getText().contains(PASSWORD))
                .tryQuery().isPresent(), "the password is never shown");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).queryAs(Button.class));
        assertEquals("Ledger: " + file.name(), statusBar(robot));

        // seen under Xvfb: trying again meant typing the whole URL again; it is kept, the password not
        openServerDialog(robot);
        assertEquals(url, robot.lookup("#serverUrlField").queryAs(TextField.class).getText());
        robot.clickOn(WindowRobot.labelled(robot, "Cancel"));
    }

    /**
     * Open ledger on a server… on an empty database: seen under Xvfb, the window only told
     * "holds no ledger yet: make it one with init --ledger URL (or File > New ledger > Server)", a
     * command and a menu that does not exist. It now offers to make the ledger, with the same URL.
     */
    @Test
    void anEmptyDatabaseIsOfferedToBeMadeALedgerWithoutTypingTheUrlAgain(FxRobot robot) {
        ServerAddress empty = server.emptyDatabase();
        openServerDialog(robot);
        typeUrl(robot, server.url(empty.database()));
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        ok(robot);

        String header = "The database " + empty.display() + " holds no ledger yet";
        WindowRobot.waitUntil(() -> robot.lookup(".dialog-pane").match((DialogPane p) -> header.equals(p.getHeaderText())).tryQuery().isPresent());
        assertSame(file, session.ledger(), "nothing is made before the clerk says so");
        robot.clickOn(WindowRobot.labelled(robot, "Make a ledger\u2026"));
        WindowRobot.waitUntil(() -> robot.lookup("#newLedgerCode").tryQuery().isPresent());
        robot.clickOn("#newLedgerCode").write("NEW");
        robot.clickOn("#newLedgerName").write("New Server ApS");
        assertEquals("DKK", robot.lookup("#newLedgerCurrency").queryAs(TextField.class).getText(), "the form's own default currency");
        ok(robot);

        WindowRobot.waitUntil(() -> session.ledger() != file);
        assertTrue(session.ledger().onServer());
        assertEquals("Ledger on PostgreSQL: " + empty.display(), statusBar(robot));
        assertEquals("Reimbursement Desk \u2014 New Server ApS", stage.getTitle());
    }

    /**
     * File > Backups… on a server: seen under Xvfb, the menu did nothing at all and the refusal went
     * to standard error as a stack trace. It is told as its sentence.
     */
    @Test
    void backupsOnAServerAreToldAsTheSentenceNotAStackTrace(FxRobot robot) {
        ServerAddress ledger = server.databaseFrom(TestLedgers.Template.EMPTY);
        openServerDialog(robot);
        typeUrl(robot, server.url(ledger.database()));
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        ok(robot);
        WindowRobot.waitUntil(() -> session.ledger() != file);

        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Backups\u2026"));
        String refusal = "This works on a ledger file only; " + ledger.display() + " is on a PostgreSQL server, where the server's own "
                + "tools do it (pg_dump, pg_restore: see the README).";
        WindowRobot.waitUntil(() -> robot.lookup((Node n) -> n instanceof Label l && refusal.equals(l.getText())).tryQuery().isPresent());
    }

    /**
     * File > New ledger on a server… on a database that holds a ledger: its refusal says "open it
     * instead", and the window now offers to, with the URL and password already given.
     */
    @Test
    void aDatabaseHoldingALedgerIsOfferedToBeOpenedInstead(FxRobot robot) {
        ServerAddress ledger = server.databaseFrom(TestLedgers.Template.EMPTY);
        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "New ledger on a server\u2026"));
        WindowRobot.waitUntil(() -> robot.lookup("#serverUrlField").tryQuery().isPresent());
        typeUrl(robot, server.url(ledger.database()));
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        ok(robot);
        WindowRobot.waitUntil(() -> robot.lookup("#newLedgerCode").tryQuery().isPresent());
        robot.clickOn("#newLedgerCode").write("OTHER");
        robot.clickOn("#newLedgerName").write("Other ApS");
        ok(robot);

        String header = "The database " + ledger.display() + " holds a ledger already; open it instead.";
        WindowRobot.waitUntil(() -> robot.lookup(".dialog-pane").match((DialogPane p) -> header.equals(p.getHeaderText())).tryQuery().isPresent());
        robot.clickOn(WindowRobot.labelled(robot, "Open it"));
        WindowRobot.waitUntil(() -> session.ledger() != file);
        assertEquals("Ledger on PostgreSQL: " + ledger.display(), statusBar(robot));
        assertEquals("Reimbursement Desk \u2014 Test ApS", stage.getTitle(), "the ledger that was there, not the company typed");
    }
}
