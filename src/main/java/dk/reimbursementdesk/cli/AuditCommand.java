package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditEntry;
import dk.reimbursementdesk.service.audit.AuditLog;
import java.io.BufferedWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: the audit log as CSV on standard output (columns {@link AuditLog#COLUMNS});
 * {@code audit verify}: recomputes the hash chain and prints {@code audit: N entries, chain intact}
 * (exit 0), or names the first entry whose hash does not match (exit 1). Both only read the ledger.
 */
@Command(name = "audit", subcommands = AuditCommand.Verify.class)
public final class AuditCommand extends LedgerCommand {

    @Override
    protected boolean readsOnly() {
        return true;
    }

    @Override
    protected int run(Services services) throws Exception {
        Writer writer = new BufferedWriter(out(), 1 << 16);
        services.audit().export(writer);
        writer.flush();
        return 0;
    }

    @Command(name = "verify")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        AuditCommand audit;

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        boolean help;

        @Override
        public Integer call() {
            AuditLog.Verification verification;
            try (Services services = Services.openForReading(audit.desk().ledger())) {
                verification = services.audit().verify();
            }
            AuditEntry broken = verification.firstMismatch();
            if (broken == null) {
                // A line scripts read: the same in every language, like the CSV headers.
                spec.commandLine().getOut().println("audit: " + verification.entries() + " entries, chain intact");
                return 0;
            }
            spec.commandLine().getOut().println(CliText.text("cli.audit.broken", broken.id(), verification.entries(),
                    broken.action(), broken.recordedAt()));
            return 1;
        }
    }
}
