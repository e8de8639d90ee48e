package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import java.io.IOException;
import java.io.Writer;

/** One kind of {@code export}: writes its CSV (header row first) to the writer, which it leaves open. */
@FunctionalInterface
public interface CsvExport {

    void write(Services services, Writer out) throws IOException;
}
