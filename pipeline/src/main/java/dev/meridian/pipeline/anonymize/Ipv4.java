package dev.meridian.pipeline.anonymize;

import java.util.regex.Pattern;

/** Dotted quads: an address unless it is loopback or clearly a four-part version ({@code jackson-databind 2.9.10.1}). */
final class Ipv4 {

    private static final Pattern ADDRESS_WORDS = Pattern.compile(
            "(?i)\\b(ips?|address(es)?|addr|host(name)?|server|client|node|remote|local|bind|connect(ed|ion)?|nslookup"
                    + "|ping|ssh|curl|dns|route|gateway|subnet|peer|listen(ing)?)\\b");
    private static final Pattern VERSION_WORDS = Pattern.compile(
            "(?i)(version|upgrade|bump|release|patched|through|databind|\\.jar|jar:|jdk|sdk|edition|build|since|-->|->|[<>]=?\\s*$|\\bv\\b)");
    private static final Pattern STRONG_VERSION_AFTER = Pattern.compile("-[A-Za-z]|\\.jar|\\+\\d");
    private static final Pattern ADDRESS_AFTER = Pattern.compile(":\\d|/\\d{1,2}\\b");
    private static final Pattern ADDRESS_BEFORE = Pattern.compile("[/@\\[=]$");
    private static final int WINDOW = 40;

    private Ipv4() {
    }

    static boolean isAddress(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    /** Loopback and the unspecified address name no machine of anyone: keeping them keeps logs readable. */
    static boolean identifiesNoOne(String address) {
        return address.startsWith("127.") || address.equals("0.0.0.0");
    }

    /** Only when nothing says "address" and something says "version": a leaked address costs more than a lost version. */
    static boolean isVersionIn(String text, int start, int end) {
        String before = lineBefore(text, start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        if (before.endsWith("-") || STRONG_VERSION_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        if (ADDRESS_AFTER.matcher(after).lookingAt() || ADDRESS_BEFORE.matcher(before).find()) {
            return false;
        }
        String nearest = before.substring(Math.max(0, before.length() - 12));
        if (VERSION_WORDS.matcher(nearest).find()) {
            return true;
        }
        return !ADDRESS_WORDS.matcher(before.substring(Math.max(0, before.length() - 24))).find() && VERSION_WORDS.matcher(before).find();
    }

    private static String lineBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - WINDOW), start);
        return before.substring(before.lastIndexOf('\n') + 1);
    }
}
