package dev.meridian.planning.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * LexoRank-style ranks: base-36 strings ordered byte by byte, none ending in '0' (so there is always room before one).
 * New issues take {@link #step} ranks at the bottom ({@code 000001i}, {@code 000002i}, …, as the database default
 * does); a move takes the shortest string {@link #between} its new neighbours.
 */
public final class Rank {

    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    static final int HEAD = 6;

    private Rank() {
    }

    /** The shortest rank strictly between {@code lo} and {@code hi}; null stands for the start or the end. */
    public static String between(String lo, String hi) {
        var a = lo == null ? "" : lo;
        if (hi != null && a.compareTo(hi) >= 0) {
            throw new IllegalArgumentException("no rank between " + lo + " and " + hi + ": they are not in order");
        }
        return midpoint(a, hi);
    }

    private static String midpoint(String a, String b) {
        if (b != null) {
            int n = 0;
            while (n < b.length() && (n < a.length() ? a.charAt(n) : '0') == b.charAt(n)) {
                n++;
            }
            if (n > 0) {
                return b.substring(0, n) + midpoint(n < a.length() ? a.substring(n) : "", b.substring(n));
            }
        }
        int da = a.isEmpty() ? 0 : digit(a.charAt(0));
        int db = b == null ? DIGITS.length() : digit(b.charAt(0));
        if (db - da > 1) {
            return String.valueOf(DIGITS.charAt((da + db + 1) / 2));
        }
        if (b != null && b.length() > 1) {
            return b.substring(0, 1);
        }
        return DIGITS.charAt(da) + midpoint(a.isEmpty() ? "" : a.substring(1), null);
    }

    /**
     * The first bottom rank after {@code rank}. When {@code rank} is the last, no issue holds this one yet (or one being
     * created right now does), so a rank below it keeps the bottom free for new issues.
     */
    public static String step(String rank) {
        long head = Long.parseLong((rank + "0".repeat(HEAD)).substring(0, HEAD), 36);
        var own = bottom(head);
        return rank.compareTo(own) < 0 ? own : bottom(head + 1);
    }

    /** The n-th bottom rank, the database's default for new issues. */
    public static String bottom(long n) {
        var digits = Long.toString(n, 36);
        return "0".repeat(Math.max(0, HEAD - digits.length())) + digits + "i";
    }

    /** {@code n} ranks in order, strictly between {@code lo} and {@code hi} (null: open), as short as halving allows. */
    public static List<String> spread(String lo, String hi, int n) {
        var out = new ArrayList<String>(n);
        spread(lo, hi, n, out);
        return out;
    }

    private static void spread(String lo, String hi, int n, List<String> out) {
        if (n <= 0) {
            return;
        }
        var mid = between(lo, hi);
        int left = (n - 1) / 2;
        spread(lo, mid, left, out);
        out.add(mid);
        spread(mid, hi, n - 1 - left, out);
    }

    static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("'" + c + "' is not a rank digit");
        }
        return d;
    }
}
