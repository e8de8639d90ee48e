package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.QuerySource;
import java.util.List;

/** The fields customers can be selected on. */
public final class CustomerQueryFields {

    public static final QueryField ACCOUNT = new QueryField("account", "query.field.account", "c.account");
    public static final QueryField NAME = new QueryField("name", "query.field.name", "c.name");
    public static final QueryField GROUP = new QueryField("group", "query.field.customerGroup", "cg.code");
    public static final QueryField CURRENCY = new QueryField("currency", "query.field.currency", "c.currency");
    /** The vendor account linked to the customer; NULL for most customers, hence the LEFT JOIN. */
    public static final QueryField VENDOR = new QueryField("vendor", "query.field.vendor", "v.account");

    public static final QueryCatalog CATALOG =
            new QueryCatalog("query.all.customers", QuerySource.CUSTOMERS, List.of(ACCOUNT, NAME, GROUP, CURRENCY, VENDOR));

    private CustomerQueryFields() {
    }
}
