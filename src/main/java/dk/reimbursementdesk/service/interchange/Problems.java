package dk.reimbursementdesk.service.interchange;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an import file, so the user sees all of them at once rather than one per try. */
final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();

    void add(long line, String column, String key, Object... arguments) {
        list.add(new ImportProblem(line, column, InterchangeText.text(key, arguments)));
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
