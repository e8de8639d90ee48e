package dk.reimbursementdesk.app;

import dk.reimbursementdesk.cli.DeskCommandLine;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.ui.common.Texts;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jar's main class. It must not extend Application: with JavaFX on the class path, the JDK's
 * launcher refuses such a main class, so this one hands over to {@link DeskApplication}. Arguments
 * other than the window's options are a command for the command line, which runs without a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        long mainStart = System.nanoTime();
        StartOptions options;
        try {
            options = StartOptions.parse(Arrays.asList(args));
        } catch (UserException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long languageStart = System.nanoTime();
        Locale.setDefault(LanguageChoice.resolve(options.language(), LanguagePreference.user().load(), Locale.getDefault()));
        if (options.command()) {
            System.exit(runCommand(args, mainStart, System.nanoTime() - languageStart));
            return;
        }
        if (options.help()) {
            System.out.println(Texts.of("i18n.shell").get("usage"));
            return;
        }
        Application.launch(DeskApplication.class, args);
    }

    /**
     * Runs a command line; with {@code -Ddesk.timing=DEBUG} it logs (on standard error) where the
     * process spent its time: the JVM's start up to {@code main}, setting up the log, the language,
     * the command (the ledger's own phases are logged by the ledger), its printing, the CPU, the JIT
     * and the garbage collector.
     */
    private static int runCommand(String[] args, long mainStart, long language) {
        long start = System.nanoTime();
        Logger timing = LoggerFactory.getLogger("dk.reimbursementdesk.timing.launcher");
        long logSetup = System.nanoTime() - start;
        if (!timing.isDebugEnabled()) {
            return DeskCommandLine.execute(args, System.out, System.err);
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        timing.debug("JVM start to main {} ms, log set up {} ms, language preference {} ms",
                uptime - (System.nanoTime() - mainStart) / 1_000_000, logSetup / 1_000_000, language / 1_000_000);
        TimedOutputStream out = new TimedOutputStream(System.out);
        start = System.nanoTime();
        int code = DeskCommandLine.execute(args, new PrintStream(out, true), System.err);
        timing.debug("command {} ms (exit code {}); standard output: {}", (System.nanoTime() - start) / 1_000_000, code, out);
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        long cpuMillis = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        timing.debug("at exit: JVM up {} ms, process CPU {} ms, JIT compiling {} ms, garbage collection {} ms",
                ManagementFactory.getRuntimeMXBean().getUptime(), cpuMillis,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gcMillis);
        return code;
    }
}
