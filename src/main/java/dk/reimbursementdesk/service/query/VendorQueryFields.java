package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.QuerySource;
import java.util.List;

/** The fields vendors can be selected on. */
public final class VendorQueryFields {

    public static final QueryField ACCOUNT = new QueryField("account", "query.field.account", "v.account");
    public static final QueryField NAME = new QueryField("name", "query.field.name", "v.name");
    public static final QueryField GROUP = new QueryField("group", "query.field.vendorGroup", "vg.code");
    public static final QueryField CURRENCY = new QueryField("currency", "query.field.currency", "v.currency");

    public static final QueryCatalog CATALOG =
            new QueryCatalog("query.all.vendors", QuerySource.VENDORS, List.of(ACCOUNT, NAME, GROUP, CURRENCY));

    private VendorQueryFields() {
    }
}
