package dk.reimbursementdesk.service.payment.pain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SEPA scheme countries as data: the IBAN prefixes of the countries and territories in the EPC's
 * list, read once from {@code sepa-scheme-countries.tsv} next to this class, which names its source and
 * date. A new edition of the list is a change of that file only.
 */
public final class SepaSchemeCountries {

    static final String RESOURCE = "sepa-scheme-countries.tsv";

    private static final SepaSchemeCountries STANDARD = load();

    private final Set<String> ibanPrefixes;
    private final Set<String> countries;
    private final String date;

    private SepaSchemeCountries(Set<String> ibanPrefixes, Set<String> countries, String date) {
        this.ibanPrefixes = Set.copyOf(ibanPrefixes);
        this.countries = Set.copyOf(countries);
        this.date = date;
    }

    public static SepaSchemeCountries standard() {
        return STANDARD;
    }

    /** Whether an account with this IBAN is in a scheme country (by its first two letters). */
    public boolean coversIban(String iban) {
        if (iban == null) {
            return false;
        }
        String compact = iban.replaceAll("[\\s.\\-]", "");
        return compact.length() >= 2 && ibanPrefixes.contains(compact.substring(0, 2).toUpperCase(Locale.ROOT));
    }

    /** The IBAN prefixes of the scheme countries, for a query that must order a batch by its blocks. */
    public Set<String> ibanPrefixes() {
        return ibanPrefixes;
    }

    /** The ISO 3166 codes of the countries and territories in the list. */
    public Set<String> countries() {
        return countries;
    }

    /** When the list was copied, as its "# Date:" line says. */
    public String date() {
        return date;
    }

    private static SepaSchemeCountries load() {
        try (InputStream in = SepaSchemeCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The SEPA scheme country list " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> prefixes = new TreeSet<>();
            Set<String> countries = new TreeSet<>();
            String date = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("# Date:")) {
                    date = line.substring("# Date:".length()).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                countries.add(fields[0].strip());
                prefixes.add(fields[2].strip());
            }
            return new SepaSchemeCountries(prefixes, countries, date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
