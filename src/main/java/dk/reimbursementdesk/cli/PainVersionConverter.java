package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --pain-version 09|03}: the two pain.001.001 versions we write; anything else is a usage error. */
final class PainVersionConverter implements ITypeConverter<Pain001Version> {

    @Override
    public Pain001Version convert(String value) {
        return switch (value.strip()) {
            case "09" -> Pain001Version.V09;
            case "03" -> Pain001Version.V03;
            default -> throw new TypeConversionException(CliText.text("cli.pay.versionInvalid", value));
        };
    }
}
