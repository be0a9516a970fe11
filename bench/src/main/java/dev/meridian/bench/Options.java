package dev.meridian.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read from {@code key=value} arguments, falling back to {@code -Dkey=value} system properties, then to the
 * defaults documented in bench/README.md.
 */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        var values = new HashMap<String, String>();
        for (var arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected key=value, got: " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new Options(values);
    }

    String text(String key, String fallback) {
        return values.getOrDefault(key, System.getProperty(key, fallback));
    }

    int number(String key, int fallback) {
        return Integer.parseInt(text(key, String.valueOf(fallback)).replace("_", ""));
    }

    List<String> list(String key, String fallback) {
        return List.of(text(key, fallback).split(","));
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(text(key, null)).filter(v -> !v.isBlank());
    }

    Path path(String key, String fallback) {
        return Path.of(text(key, fallback));
    }

    /** What both benchmarks measure besides latency: the server's CPU, the database's CPU and its writes. */
    Usage.Probe probe() {
        return new Usage.Probe(optional("serverPid").map(Long::parseLong), optional("pgData").map(Path::of),
                optional("jdbcUrl"), text("jdbcUser", "postgres"), text("jdbcPassword", ""));
    }
}
