package dk.reimbursementdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Part of the house plan (issue 10, docs/architecture.md): no main-code source file over 400 lines.
 * A class that grows past it holds more than one job; split it along them (as Ledger, the vendor
 * payments' and main window's view models were) rather than raise the bound. Tests are not held to
 * it: a screen's test reads best as one story.
 */
class ClassSizeTest {

    static final int MOST_LINES = 400;

    @Test
    void noMainSourceFileIsOverFourHundredLines() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(main), "run from the project root: " + main.toAbsolutePath());
        List<String> tooLong;
        int files;
        try (Stream<Path> sources = Files.walk(main)) {
            List<Path> java = sources.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            files = java.size();
            tooLong = java.stream()
                    .filter(p -> lines(p) > MOST_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .toList();
        }
        assertTrue(files > 100, "the main sources were read: " + files);
        assertEquals(List.of(), tooLong, "split these along their jobs (at most " + MOST_LINES + " lines each)");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
