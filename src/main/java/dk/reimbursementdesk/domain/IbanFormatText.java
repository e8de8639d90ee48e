package dk.reimbursementdesk.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A country's IBAN format in words, "NL, 2 check digits, 4 letters, 10 digits", in the language the
 * refusal is shown in. A sentence of its own because its length depends on the country.
 */
final class IbanFormatText extends UserException {

    private final transient IbanFormat format;

    IbanFormatText(IbanFormat format) {
        super(Iban.BUNDLE, "format.checkDigits", new Object[0], null);
        this.format = format;
    }

    @Override
    public String format(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Iban.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        List<String> parts = new ArrayList<>();
        parts.add(format.country());
        parts.add(bundle.getString("format.checkDigits"));
        for (IbanFormat.Run run : format.readableBban()) {
            parts.add(new MessageFormat(bundle.getString("run." + run.kind().name()), locale).format(new Object[] {run.count()}));
        }
        return String.join(", ", parts);
    }
}
