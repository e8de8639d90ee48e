package dk.reimbursementdesk.service.interchange;

/**
 * One thing wrong with an import file: the line in the file (the header is line 1), the column by its
 * header name (null when the problem is the row or the file as a whole) and a sentence in the user's language.
 */
public record ImportProblem(long line, String column, String sentence) {

    /** The problem as the command line prints it: {@code line 7, amount: ...}. */
    public String describe() {
        return column == null
                ? InterchangeText.text("import.problem.noColumn", String.valueOf(line), sentence)
                : InterchangeText.text("import.problem", String.valueOf(line), column, sentence);
    }
}
