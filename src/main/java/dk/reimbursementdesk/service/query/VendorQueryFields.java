package dk.reimbursementdesk.service.query;

import java.util.List;

/** The fields vendors can be selected on. */
public final class VendorQueryFields {

    public static final String FROM = "vendor v JOIN vendor_group vg ON vg.id = v.group_id";

    public static final QueryField ACCOUNT = new QueryField("account", "query.field.account", "v.account");
    public static final QueryField NAME = new QueryField("name", "query.field.name", "v.name");
    public static final QueryField GROUP = new QueryField("group", "query.field.vendorGroup", "vg.code");
    public static final QueryField CURRENCY = new QueryField("currency", "query.field.currency", "v.currency");

    public static final QueryCatalog CATALOG =
            new QueryCatalog("query.all.vendors", FROM, List.of(ACCOUNT, NAME, GROUP, CURRENCY));

    private VendorQueryFields() {
    }
}
