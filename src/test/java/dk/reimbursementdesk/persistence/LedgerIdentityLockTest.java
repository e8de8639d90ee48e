package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.1: the lock belongs to the file, not to the name it is opened under. While another process
 * holds {@code led.db}, a symbolic link to it, a hard link to it and a roundabout path to it are each
 * refused, 20 times each, and no refusal leaves a file behind.
 */
class LedgerIdentityLockTest {

    private static final int TRIES = 20;

    @TempDir
    Path dir;

    private Path newLedger() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x"));
        Path file = folder.resolve("led.db");
        try (Ledger ledger = Ledger.create(file)) {
            new CompanySetupService(ledger).initialize("T", "Test", "DKK", false);
        }
        return file;
    }

    @Test
    void everyOtherNameOfAnOpenLedgerIsRefusedWhileAnotherProcessHoldsIt() throws Exception {
        Path file = newLedger();
        Path symlink = Files.createSymbolicLink(dir.resolve("alias.db"), file);
        Path hardLink = Files.createLink(file.resolveSibling("hard.db"), file);
        Path roundabout = Path.of(file.getParent().toString(), ".", "..", "x", ".", "led.db");
        Process holder = hold(file);
        try {
            Set<String> before = listing();
            for (Path name : List.of(symlink, hardLink, roundabout)) {
                for (int i = 0; i < TRIES; i++) {
                    UserException refused = assertThrows(UserException.class, () -> Ledger.open(name), name.toString());
                    assertEquals("ledger.inUse", refused.getKey(), name + ": " + refused.getMessage());
                }
            }
            assertEquals(before, listing(), "no refusal left a lock, -shm or -wal of its own");
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void theSameNamesAreRefusedInOneProcessAndOpenAgainOnceTheLedgerIsClosed() throws Exception {
        Path file = newLedger();
        Path symlink = Files.createSymbolicLink(dir.resolve("alias.db"), file);
        Path hardLink = Files.createLink(file.resolveSibling("hard.db"), file);
        try (Ledger open = Ledger.open(file)) {
            for (Path name : List.of(symlink, hardLink, Path.of(file.getParent() + "/./../x/./led.db"))) {
                assertEquals("ledger.inUse", assertThrows(UserException.class, () -> Ledger.open(name)).getKey());
            }
        }
        for (Path name : List.of(symlink, hardLink)) {
            try (Ledger again = Ledger.open(name)) {
                assertEquals(LedgerLock.sidecarOf(file), LedgerLock.sidecarOf(name), "one sidecar for every name");
            }
        }
    }

    private Set<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Process hold(Path file) throws IOException {
        Process child = new ProcessBuilder(ChildJvm.command(HoldLedgerOpen.class, file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("OPEN", out.readLine(), "the child opened the ledger");
        return child;
    }
}
