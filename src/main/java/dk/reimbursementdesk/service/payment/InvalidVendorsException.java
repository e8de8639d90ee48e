package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.UserException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Posting refused because some selected vendors cannot be paid; nothing was written. The vendors are
 * listed so the command line can print them and the screen can offer to leave them out.
 */
public final class InvalidVendorsException extends UserException {

    private final transient List<VendorProblem> vendors;

    InvalidVendorsException(List<VendorProblem> vendors) {
        super(PaymentMessages.BUNDLE, "payment.invalidVendors", new Object[] {vendors.size()}, null);
        this.vendors = List.copyOf(vendors);
    }

    public List<VendorProblem> vendors() {
        return vendors;
    }

    @Override
    public String format(Locale locale) {
        String list = vendors.stream().map(VendorProblem::sentence).collect(Collectors.joining(" "));
        return PaymentMessages.text(locale, "payment.invalidVendors", vendors.size()) + " " + list;
    }
}
