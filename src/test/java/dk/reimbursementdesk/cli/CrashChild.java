package dk.reimbursementdesk.cli;

import java.util.Arrays;

/**
 * The child JVM of {@link CrashTest}: says OPEN, runs the command line on its arguments (the open of
 * the ledger, the work, its commit, the checkpoint and the close) and says DONE, unless it is killed
 * first, which is the point.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        System.out.println("OPEN");
        System.out.flush();
        int exit = DeskCommandLine.execute(Arrays.copyOf(args, args.length), System.out, System.err);
        System.out.println("DONE " + exit);
        System.out.flush();
    }
}
