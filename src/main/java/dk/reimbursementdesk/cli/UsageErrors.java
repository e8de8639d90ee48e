package dk.reimbursementdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a usage error (exit 2) as picocli does (the sentence, then suggestions or the usage), but
 * with the sentence from the command line's bundle, so that it is Danish under {@code --locale da}.
 * picocli writes its own sentences in English only; the kinds a user meets (an unknown option or
 * argument, a missing required one, a value that cannot be read) are said again here, the English
 * word for word as picocli says them, and any rarer kind keeps picocli's sentence.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static int handle(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(sentence(error));
        List<String> suggestions = error instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            commandLine.usage(err);
        } else {
            err.println(CliText.text("cli.usage.suggestions", String.join(", ", suggestions)));
        }
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String sentence(ParameterException error) {
        if (error instanceof UnmatchedArgumentException unmatched) {
            List<String> arguments = unmatched.getUnmatched();
            return CliText.text(unmatched.isUnknownOption() ? "cli.usage.unknownOptions" : "cli.usage.unmatched",
                    arguments.size(), quoted(arguments));
        }
        if (error instanceof MissingParameterException missing && missing.getMissing().stream().allMatch(ArgSpec::required)) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.stream().allMatch(ArgSpec::isOption)) {
                return CliText.text("cli.usage.missingOptions", specs.size(),
                        quoted(specs.stream().map(spec -> describe((OptionSpec) spec)).toList()));
            }
            if (specs.stream().allMatch(ArgSpec::isPositional)) {
                return CliText.text("cli.usage.missingParameters", specs.size(),
                        quoted(specs.stream().map(ArgSpec::paramLabel).toList()));
            }
        }
        if (error.getCause() instanceof TypeConversionException unreadable && error.getArgSpec() instanceof OptionSpec option) {
            return CliText.text("cli.usage.invalidValue", option.longestName(), unreadable.getMessage());
        }
        return error.getMessage();
    }

    private static String describe(OptionSpec option) {
        return option.arity().max() > 0 ? option.longestName() + "=" + option.paramLabel() : option.longestName();
    }

    private static String quoted(List<String> arguments) {
        return arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    }
}
