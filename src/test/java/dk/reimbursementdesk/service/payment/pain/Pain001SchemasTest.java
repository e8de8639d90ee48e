package dk.reimbursementdesk.service.payment.pain;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.testing.Pain001Schemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/** The schema check in the suite can fail: a written file, spoiled in one place, is refused by ISO's XSD. */
class Pain001SchemasTest {

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void aFileTheSchemaRefusesFailsTheTestNamingTheLine(Pain001Version version) throws Exception {
        String xml = Pain001WriterTest.xml(Pain001WriterTest.mixedBatch(), version);
        String spoiled = xml.replaceFirst("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>ALL</ChrgBr>");
        assertTrue(!spoiled.equals(xml), "the file has a ChrgBr to spoil");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> Pain001Schemas.assertValid(spoiled));
        assertTrue(failure.getMessage().contains("does not validate against ISO's schema"), failure.getMessage());
        assertTrue(failure.getMessage().contains("line "), failure.getMessage());
    }
}
