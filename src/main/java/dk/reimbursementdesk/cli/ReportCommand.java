package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report run|preview|remittance|trial-balance … --pdf FILE}: the printed reports as PDF files,
 * in the language of {@code --locale} (the window's last language without it). Each subcommand
 * writes the file whole or not at all and prints one line naming it.
 */
@Command(name = "report", synopsisSubcommandLabel = "REPORT",
        subcommands = {ReportCommand.Run.class, ReportCommand.PreviewReport.class, ReportCommand.Remittance.class,
                ReportCommand.TrialBalance.class})
public final class ReportCommand extends DeskSubcommand {

    @Override
    public Integer call() {
        throw usageError("cli.report.missing");
    }

    /** What every report has: {@code --pdf FILE}, the ledger opened and closed around the writing, the line naming the file. */
    abstract static class ReportSubcommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        ReportCommand report;

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        boolean help;

        @Option(names = "--pdf", paramLabel = "FILE", required = true, descriptionKey = "report.pdf")
        Path pdf;

        @Override
        public final Integer call() {
            Path file = pdf.toAbsolutePath().normalize();
            try (Services services = Services.open(report.desk().ledger())) {
                write(services, file, Locale.getDefault());
            }
            spec.commandLine().getOut().println(CliText.text("cli.report.written", file));
            return 0;
        }

        abstract void write(Services services, Path file, Locale locale);
    }

    @Command(name = "run")
    static final class Run extends ReportSubcommand {

        @Parameters(index = "0", paramLabel = "RUN_ID", descriptionKey = "report.run_id")
        long runId;

        @Override
        void write(Services services, Path file, Locale locale) {
            services.reports().runReport(runId, file, locale);
        }
    }

    @Command(name = "preview")
    static final class PreviewReport extends ReportSubcommand {

        @Mixin
        ReimbursementOptions settings;

        @Override
        void write(Services services, Path file, Locale locale) {
            services.reports().previewReport(settings.request(services), file, locale);
        }
    }

    @Command(name = "remittance")
    static final class Remittance extends ReportSubcommand {

        @Parameters(index = "0", paramLabel = "BATCH_ID", descriptionKey = "report.batch_id")
        String batch;

        @Override
        void write(Services services, Path file, Locale locale) {
            services.reports().remittance(batch, file, locale);
        }
    }

    @Command(name = "trial-balance")
    static final class TrialBalance extends ReportSubcommand {

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "report.date")
        LocalDate date;

        @Override
        void write(Services services, Path file, Locale locale) {
            services.reports().trialBalance(date, file, locale);
        }
    }
}
