package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger on a PostgreSQL server: {@code jdbc:postgresql://HOST:PORT/DATABASE}, as the user gives
 * it to {@code --ledger} or File > Open ledger > Server. The user name and password come from the
 * URL's parameters ({@code ?user=desk&password=...}) or else from {@code PGUSER} and
 * {@code PGPASSWORD}, libpq's convention. The password is never part of {@link #toString()} or of
 * any sentence: {@link #display()} names the server and database only.
 */
public final class ServerAddress {

    /** What the user types: the scheme, a host (a name, an IPv4 or a bracketed IPv6 address), an optional port, the database. */
    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?/([^/?#]+)(?:\\?(.*))?");
    public static final String PREFIX = "jdbc:postgresql:";
    static final String BUNDLE = "i18n.server";

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    /** The URL's other parameters (sslmode, ...), passed to the driver as given. */
    private final Map<String, String> parameters;

    private ServerAddress(String host, int port, String database, String user, String password, Map<String, String> parameters) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = parameters;
    }

    /** Whether the text the user gave for a ledger is a server's URL rather than a file's path. */
    public static boolean isServerUrl(String text) {
        return text != null && text.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Reads the URL, taking the user and password from the environment where the URL gives none. */
    public static ServerAddress parse(String url) {
        return parse(url, System.getenv());
    }

    static ServerAddress parse(String url, Map<String, String> environment) {
        Matcher matcher = URL.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            throw UserException.in(BUNDLE, "server.badUrl", redacted(url));
        }
        int port = 5432;
        if (matcher.group(2) != null) {
            port = Integer.parseInt(matcher.group(2));
            if (port < 1 || port > 65535) {
                throw UserException.in(BUNDLE, "server.badUrl", redacted(url));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (matcher.group(4) != null && !matcher.group(4).isEmpty()) {
            for (String pair : matcher.group(4).split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw UserException.in(BUNDLE, "server.badUrl", redacted(url));
                }
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        if (user == null || user.isBlank()) {
            user = environment.get("PGUSER");
        }
        if (password == null) {
            password = environment.get("PGPASSWORD");
        }
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name");
        }
        return new ServerAddress(matcher.group(1), port, decode(matcher.group(3)), user, password, parameters);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * The text with any password in it replaced, for a sentence about a URL that could not be read,
     * and for what is logged or kept of a command line ({@code Services.withoutPassword}).
     */
    public static String redacted(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** The same server and database with this password (the window asks for it when none is given). */
    public ServerAddress withPassword(String newPassword) {
        return new ServerAddress(host, port, database, user, newPassword, parameters);
    }

    public boolean hasPassword() {
        return password != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    Map<String, String> parameters() {
        return parameters;
    }

    /** The driver's URL without user and password (those are given apart, so no log can print them). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** What the status bar and the sentences call it: {@code desk@db.example.com:5432/ledger}. */
    public String display() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /** The URL to give {@code --ledger} again (no password): for the recent-ledgers list and the title. */
    public String url() {
        return jdbcUrl();
    }

    /**
     * The URL as the user could give it again, with the user and the other parameters but never the
     * password: what the window remembers and shows, what a command line names.
     */
    public String urlWithoutPassword() {
        StringBuilder url = new StringBuilder(jdbcUrl());
        char separator = '?';
        if (user != null) {
            url.append(separator).append("user=").append(encode(user));
            separator = '&';
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return display();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerAddress that && host.equalsIgnoreCase(that.host) && port == that.port
                && database.equals(that.database) && java.util.Objects.equals(user, that.user);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(host.toLowerCase(java.util.Locale.ROOT), port, database, user);
    }
}
