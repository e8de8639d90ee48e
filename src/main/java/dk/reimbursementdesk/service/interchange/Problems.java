package dk.reimbursementdesk.service.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an import file, so the user sees all of them at once rather than one per
 * try; up to {@link #MAX} of them, then a last one saying the reading stopped there, so that a file of
 * a million bad rows is not a million sentences held in memory.
 */
final class Problems {

    static final int MAX = 1_000;

    private final List<ImportProblem> list = new ArrayList<>();
    private boolean full;

    void add(long line, String column, String key, Object... arguments) {
        if (full) {
            return;
        }
        list.add(new ImportProblem(line, column, InterchangeText.text(key, arguments)));
        if (list.size() == MAX) {
            list.add(new ImportProblem(line, null, InterchangeText.text("import.problems.tooMany", MAX)));
            full = true;
        }
    }

    void addAll(Problems other) {
        list.addAll(other.list);
        full |= other.full;
    }

    /** True once {@link #MAX} problems are recorded: the reading stops. */
    boolean isFull() {
        return full;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ImportProblem> list() {
        return List.copyOf(list);
    }

    void refuseIfAny() {
        if (!list.isEmpty()) {
            throw new ImportRefusedException(list);
        }
    }
}
