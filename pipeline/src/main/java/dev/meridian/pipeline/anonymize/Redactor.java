package dev.meridian.pipeline.anonymize;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data and secrets in free text and puts a placeholder in their place. The rules run in order:
 * credentials in URLs before emails (their {@code user:pass@host} looks like one), cards before phones.
 * Every pattern is anchored so that issue keys, versions, class names, stack frames and host:port survive.
 */
final class Redactor {

    record Hit(RedactionType type, String replacement) {
    }

    @FunctionalInterface
    interface Decision {
        /** The replacement for this match, or null to keep it. */
        Hit decide(MatchResult match, String text, Roster roster);
    }

    /** {@code worthTrying} sees the lower-cased text: a cheap test that skips the regex on most texts. */
    private record Rule(Predicate<String> worthTrying, Pattern pattern, Decision decision) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(containsAny("://"), Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9+.-]{1,20}://)[^\\s/@:]+:[^\\s/@]+@"),
                    (m, t, r) -> new Hit(RedactionType.URL_CREDENTIALS, m.group(1) + "[CREDENTIALS]@")),
            new Rule(containsAny("authorization"), Pattern.compile("(?i)(\\bauthorization\\s*[:=]\\s*(?:basic|bearer|token|negotiate|aws4-hmac-sha256)?\\s*)[A-Za-z0-9\\-._~+/=,]{8,}"),
                    (m, t, r) -> new Hit(RedactionType.BEARER_TOKEN, m.group(1) + "[TOKEN]")),
            new Rule(containsAny("bearer"), Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9\\-._~+/]{16,}=*"),
                    (m, t, r) -> new Hit(RedactionType.BEARER_TOKEN, m.group(1) + "[TOKEN]")),
            new Rule(containsAny("eyj", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "sk-"), Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"
                            + "|\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9]{32,})\\b"),
                    (m, t, r) -> new Hit(RedactionType.BEARER_TOKEN, "[TOKEN]")),
            new Rule(containsAny("<name>"), Pattern.compile("(?is)(<name>\\s*([^<]*)</name>\\s*<value>)([^<]+)(</value>)"),
                    (m, t, r) -> SecretSettings.isSecretName(m.group(2).trim())
                            ? new Hit(RedactionType.PASSWORD, m.group(1) + "[PASSWORD]" + m.group(4)) : null),
            new Rule(containsAny("password", "passwd", "pwd", "secret", "apikey", "api_key", "api-key", "token", "signature"), Pattern.compile("(?i)(?<![\\w.$-])(\"?)([\\w.-]*(?:password|passwd|pwd|secret|api[_-]?key|apikey|token|signature)[\\w.-]*)"
                            + "(\"?[ \\t]*([=:])[ \\t]*\"?)((?!\\[|\\$\\{)[^\\s\"',;&<>()\\[\\]{}=]{1,200})(\\(?)"),
                    SecretSettings::assignedSecret),
            new Rule(containsAny("--pass", "--secret"), Pattern.compile("(?i)(--(?:password|passwd|secret)[ =])([^\\s\"']+)"),
                    (m, t, r) -> new Hit(RedactionType.PASSWORD, m.group(1) + "[PASSWORD]")),
            new Rule(containsAny("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka"), Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Z0-9])"),
                    (m, t, r) -> new Hit(RedactionType.AWS_ACCESS_KEY, "[AWS_ACCESS_KEY]")),
            new Rule(Redactor::hasRunOfForty, Pattern.compile("(?<![A-Za-z0-9/+=._-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=._-])"),
                    (m, t, r) -> SecretKeys.looksRandom(m.group()) ? new Hit(RedactionType.AWS_SECRET_KEY, "[AWS_SECRET_KEY]") : null),
            new Rule(containsAny("@"), Pattern.compile("(?<![\\w.%+-])(?<!//)[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![A-Za-z0-9-])"),
                    (m, t, r) -> email(m.group(), r)),
            new Rule(digitsAtLeast(13), Pattern.compile("(?<![\\w.-])[2-6](?:\\d{12,18}|\\d{3}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?|\\d{3}[ -]\\d{6}[ -]\\d{4,5})(?![\\w-]|\\.\\d)"),
                    (m, t, r) -> Luhn.isValid(m.group().replaceAll("[ -]", "")) ? new Hit(RedactionType.CARD_NUMBER, "[CARD]") : null),
            new Rule(containsAny("tel", "phone", "mobile", "fax", "whatsapp"), Pattern.compile("(?i)(\\b(?:tel|phone|telephone|mobile|fax|whatsapp)\\b[.:]?\\s*)(\\+?\\(?\\d[\\d ().-]{5,}\\d)"),
                    (m, t, r) -> phoneDigits(m.group(2)) ? new Hit(RedactionType.PHONE, m.group(1) + "[PHONE]") : null),
            new Rule(containsAny("+"), Pattern.compile("(?<![\\w+])\\+\\d(?:[ .()-]{0,2}\\d){6,14}(?!\\w)"),
                    (m, t, r) -> phoneDigits(m.group()) ? new Hit(RedactionType.PHONE, "[PHONE]") : null),
            new Rule(digitsAtLeast(10), Pattern.compile("(?<![\\w.+-])(?:\\(\\d{3}\\)\\s?\\d{3}[.-]|\\d{3}-\\d{3}-|\\d{3}\\.\\d{3}\\.)\\d{4}(?![\\w-]|\\.\\d)"),
                    (m, t, r) -> new Hit(RedactionType.PHONE, "[PHONE]")),
            new Rule(Redactor::hasThreeDigitDotDigits, Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)"),
                    (m, t, r) -> Ipv4.isAddress(m.group()) && !Ipv4.identifiesNoOne(m.group()) && !Ipv4.isVersionIn(t, m.start(), m.end())
                            ? new Hit(RedactionType.IPV4, "[IP]") : null),
            new Rule(text -> text.contains("::") || text.chars().filter(c -> c == ':').count() >= 7, Pattern.compile("(?<![\\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f]*:[0-9A-Fa-f:]*(?:\\.\\d{1,3}){0,3}(?:%\\w+)?(?![\\w:])"),
                    (m, t, r) -> Ipv6.isRedactable(m.group()) ? new Hit(RedactionType.IPV6, "[IP]") : null));

    String redact(String text, Roster roster, Redactions counts) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = roster.replaceNames(text, counts);
        String lowerCase = result.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.worthTrying().test(lowerCase)) {
                continue;
            }
            String current = result;
            result = rule.pattern().matcher(current).replaceAll(match -> {
                Hit hit = rule.decision().decide(match, current, roster);
                if (hit == null) {
                    return Matcher.quoteReplacement(match.group());
                }
                counts.count(hit.type());
                return Matcher.quoteReplacement(hit.replacement());
            });
        }
        return result;
    }

    // The two tests below run for every rule on every text: plain loops, no streams.
    private static Predicate<String> containsAny(String... needles) {
        return text -> {
            for (String needle : needles) {
                if (text.contains(needle)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<String> digitsAtLeast(int count) {
        return text -> {
            int digits = 0;
            for (int i = 0; i < text.length() && digits < count; i++) {
                if (Character.isDigit(text.charAt(i))) {
                    digits++;
                }
            }
            return digits >= count;
        };
    }

    /** An IPv4 address has three dots between digits; most texts with digits (versions, line numbers) have fewer. */
    private static boolean hasThreeDigitDotDigits(String text) {
        int found = 0;
        for (int i = 1; i + 1 < text.length() && found < 3; i++) {
            if (text.charAt(i) == '.' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                found++;
            }
        }
        return found >= 3;
    }

    private static boolean hasRunOfForty(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = Character.isLetterOrDigit(c) || c == '/' || c == '+' ? run + 1 : 0;
            if (run >= 40) {
                return true;
            }
        }
        return false;
    }

    private static Hit email(String email, Roster roster) {
        String pseudonym = roster.pseudonymForEmail(email);
        return pseudonym == null ? new Hit(RedactionType.EMAIL, "[EMAIL]") : new Hit(RedactionType.PERSON, pseudonym);
    }

    private static boolean phoneDigits(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }
}
