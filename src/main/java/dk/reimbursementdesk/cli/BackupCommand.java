package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup [FILE]}: a consistent copy of the ledger to FILE, or into its backup folder; prints the path written. */
@Command(name = "backup")
public final class BackupCommand extends LedgerCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "backup.file")
    Path file;

    @Override
    protected boolean fileOnly() {
        return true;
    }

    @Override
    protected int run(Services services) {
        Path written = file == null ? services.backups().backUpNow().path() : services.backups().backUpTo(file);
        out().println(written);
        return 0;
    }
}
