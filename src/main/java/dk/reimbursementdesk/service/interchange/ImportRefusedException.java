package dk.reimbursementdesk.service.interchange;

import java.util.List;
import java.util.Locale;

/**
 * An import checked and refused as a whole: every problem found, and nothing written. The message is
 * one line per problem and a closing sentence, which is what the command line prints; the window
 * shows {@link #problems()} in a table instead.
 */
public final class ImportRefusedException extends dk.reimbursementdesk.domain.UserException {

    private final transient List<ImportProblem> problems;

    ImportRefusedException(List<ImportProblem> problems) {
        super(InterchangeText.BUNDLE, "import.refused", new Object[] {problems.size()}, null);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String format(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : problems) {
            text.append(problem.describe()).append('\n');
        }
        return text.append(super.format(locale)).toString();
    }
}
