package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.CustomerGroup;
import dk.reimbursementdesk.domain.VendorGroup;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.setup.GroupStore;
import java.util.Locale;

/**
 * Customer and vendor groups as the forms use them: the clerk picks an existing code or types a new
 * one, and a new one is created on save with its code as its name (renamed later as data). Codes
 * compare without regard to case, as the schema's unique index does.
 */
final class Groups {

    private static final String CODE_PATTERN = "[\\p{L}\\p{N}_\\-]{1,20}";

    private Groups() {
    }

    static CustomerGroup customerGroup(UnitOfWork work, String typed) {
        String code = code(typed);
        return new GroupStore(work).customerGroup(code).orElseGet(() -> {
            CustomerGroup created = new CustomerGroup(code, code);
            work.persist(created);
            return created;
        });
    }

    static VendorGroup vendorGroup(UnitOfWork work, String typed) {
        String code = code(typed);
        return new GroupStore(work).vendorGroup(code).orElseGet(() -> {
            VendorGroup created = new VendorGroup(code, code);
            work.persist(created);
            return created;
        });
    }

    private static String code(String typed) {
        String code = SetupRefusals.requireText(typed, "group.required").toUpperCase(Locale.ROOT);
        if (!code.matches(CODE_PATTERN)) {
            throw SetupRefusals.refuse("group.invalid", typed.trim());
        }
        return code;
    }
}
