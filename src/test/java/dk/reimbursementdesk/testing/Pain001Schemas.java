package dk.reimbursementdesk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates a written pain.001 against ISO's own XSD for its version (copied from the ISO 20022
 * message definitions into {@code src/test/resources/iso20022}). Every test that writes a payment
 * file passes it through here: a file the schema refuses fails the test with every error and its line.
 */
public final class Pain001Schemas {

    private static final String PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Pain001Schemas() {
    }

    public static void assertValid(String xml) {
        assertValid(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static void assertValid(Path file) {
        try {
            assertValid(Files.readAllBytes(file));
        } catch (IOException e) {
            fail("could not read " + file + ": " + e.getMessage());
        }
    }

    /** Fails the test unless the file is valid against the XSD its root element's namespace names. */
    public static void assertValid(byte[] xml) {
        String message = messageName(xml);
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema(message).newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            fail("The " + message + " file does not validate against ISO's schema:\n  " + String.join("\n  ", errors));
        }
    }

    private static String messageName(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            String namespace = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                    .getDocumentElement().getNamespaceURI();
            if (namespace == null || !namespace.startsWith(PREFIX + "pain.001.")) {
                fail("not a pain.001 file: its root is in namespace " + namespace);
            }
            return namespace.substring(PREFIX.length());
        } catch (Exception e) {
            return fail("not XML: " + e.getMessage());
        }
    }

    private static Schema schema(String message) {
        return SCHEMAS.computeIfAbsent(message, name -> {
            URL xsd = Pain001Schemas.class.getResource("/iso20022/" + name + ".xsd");
            if (xsd == null) {
                return fail("no ISO schema for " + name + " in src/test/resources/iso20022");
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                return fail("the schema " + name + " does not load: " + e.getMessage());
            }
        });
    }
}
