package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewCommandsHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"reimburse", "reverse", "pay", "demo"})
    void helpExitsZeroWithTheUsageOnStandardOutput(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Usage: reimbursement-desk " + command + " "), result.out());
        assertEquals("", result.err());
    }
}
