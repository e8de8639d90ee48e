package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.CustomerGroup;
import dk.reimbursementdesk.domain.VendorGroup;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Customer and vendor groups by code. Both sides of the comparison go through SQLite's lower(), so
 * a code matches itself whatever letters it has, as the schema's NOCASE unique index decides.
 */
public final class GroupStore {

    private final Session session;
    private final Sql sql;

    public GroupStore(UnitOfWork work) {
        this.session = work.session();
        this.sql = work.sql();
    }

    public Optional<CustomerGroup> customerGroup(String code) {
        return session.createSelectionQuery("from CustomerGroup where lower(code) = lower(:c)", CustomerGroup.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<VendorGroup> vendorGroup(String code) {
        return session.createSelectionQuery("from VendorGroup where lower(code) = lower(:c)", VendorGroup.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public List<String> customerGroupCodes() {
        return session.createSelectionQuery("select code from CustomerGroup order by code", String.class).getResultList();
    }

    public List<String> vendorGroupCodes() {
        return session.createSelectionQuery("select code from VendorGroup order by code", String.class).getResultList();
    }

    /** Every vendor group with columns {@code code, name}, by code. */
    public <T> List<T> vendorGroups(RowMapper<T> mapper) {
        return sql.list("SELECT code, name FROM vendor_group ORDER BY code", mapper);
    }
}
