package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Command;

/** Every write-off as CSV on standard output: the header row, then one record each, by number. */
@Command(name = "write-offs")
public final class WriteOffsCommand extends LedgerCommand {

    @Override
    protected int run(Services services) throws IOException {
        Writer writer = new BufferedWriter(out(), 1 << 16);
        services.smallCredits().exportCsv(writer);
        writer.flush();
        return 0;
    }
}
