package dk.reimbursementdesk.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The IBAN structure of every country in the SWIFT IBAN registry, read once from the data file
 * {@code iban-registry.tsv} next to this class, which names the registry's release. Kept as data, not
 * code, so that a new release is a copy of its rows and nothing else.
 */
public final class IbanRegistry {

    static final String RESOURCE = "iban-registry.tsv";

    private static final IbanRegistry STANDARD = load();

    private final Map<String, IbanFormat> formats;
    private final String release;

    private IbanRegistry(Map<String, IbanFormat> formats, String release) {
        this.formats = Collections.unmodifiableMap(formats);
        this.release = release;
    }

    public static IbanRegistry standard() {
        return STANDARD;
    }

    public Optional<IbanFormat> format(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(formats.get(country.toUpperCase(Locale.ROOT)));
    }

    /** The countries in the registry, in alphabetical order. */
    public Map<String, IbanFormat> formats() {
        return formats;
    }

    /** The registry release the data file was copied from, as its "# Release:" line says. */
    public String release() {
        return release;
    }

    private static IbanRegistry load() {
        try (InputStream in = IbanRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The IBAN registry data " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, IbanFormat> formats = new TreeMap<>();
            String release = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("# Release:")) {
                    release = line.substring("# Release:".length()).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                IbanFormat format = IbanFormat.parse(fields[1].strip(), Integer.parseInt(fields[2].strip()));
                if (!format.country().equals(fields[0].strip())) {
                    throw new IllegalStateException("IBAN registry line for " + fields[0] + " spells " + fields[1]);
                }
                formats.put(format.country(), format);
            }
            return new IbanRegistry(formats, release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
