package dev.meridian.pipeline.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4291 text form of an IPv6 address, checked without {@code InetAddress} (which may resolve names).
 * Times ({@code 10:00:00}), MAC addresses and C++ scopes ({@code std::map}) are not addresses.
 */
final class Ipv6 {

    private Ipv6() {
    }

    static boolean isAddress(String text) {
        String address = text.contains("%") ? text.substring(0, text.indexOf('%')) : text;
        int compressed = address.indexOf("::");
        if (compressed != address.lastIndexOf("::") || address.contains(":::")) {
            return false;
        }
        List<String> groups = new ArrayList<>();
        if (compressed < 0) {
            groups.addAll(List.of(address.split(":", -1)));
        } else {
            groups.addAll(split(address.substring(0, compressed)));
            groups.addAll(split(address.substring(compressed + 2)));
        }
        int width = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            boolean last = i == groups.size() - 1;
            if (last && group.contains(".")) {
                if (!Ipv4.isAddress(group)) {
                    return false;
                }
                width += 2;
            } else if (group.matches("[0-9A-Fa-f]{1,4}")) {
                width++;
            } else {
                return false;
            }
        }
        return compressed < 0 ? width == 8 : width < 8;
    }

    /** An address that names a machine: not {@code ::1} or {@code ::}, and not a lone {@code cafe::beef} word. */
    static boolean isRedactable(String candidate) {
        String address = candidate.toLowerCase(Locale.ROOT);
        return isAddress(address) && address.chars().anyMatch(Character::isDigit)
                && !address.equals("::1") && !address.equals("::") && address.replace("::", ":").split(":").length > 2;
    }

    private static List<String> split(String part) {
        return part.isEmpty() ? List.of() : List.of(part.split(":", -1));
    }
}
