package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.reimbursement.PartialAmount;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --amount CUSTOMER:CURRENCY=AMOUNT}: a proposal lowered, the amount written as scripts write
 * it (a point, no grouping). The account may itself hold a colon, so the last colon before the last
 * equals sign ends it. Text of another shape is a usage error; whether the amount fits the proposal
 * is the run's to say.
 */
final class PartialAmountConverter implements ITypeConverter<PartialAmount> {

    private static final Pattern SHAPE = Pattern.compile("(.+):([A-Za-z]{3})=(-?[0-9]+(\\.[0-9]+)?)");

    @Override
    public PartialAmount convert(String value) {
        Matcher m = SHAPE.matcher(value.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            throw new TypeConversionException(CliText.text("cli.reimburse.amountInvalid", value));
        }
        return new PartialAmount(m.group(1).strip(), m.group(2), new BigDecimal(m.group(3)));
    }
}
