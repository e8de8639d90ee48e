package dk.reimbursementdesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs {@code main} on this test JVM's class path: for the
 * tests that kill a process or hold a lock from another one. A child lives a few seconds, so it
 * compiles with C1 only and collects with the serial collector: C2's compiling took more CPU than
 * the child's work (CrashTest's children: 4 to 7 s of JIT each on a 2-core machine), and the
 * suite's other test JVMs share those cores. What the children prove (all or nothing after a kill,
 * a lock held by another process) does not depend on how fast their code was compiled.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static List<String> command(Class<?> main, String... args) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        line.addAll(List.of(args));
        return line;
    }
}
