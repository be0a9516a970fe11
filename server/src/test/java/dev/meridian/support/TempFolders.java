package dev.meridian.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Deletes the tests' temporary folders when the JVM exits. Each server test left ~40 MB of PostgreSQL data behind
 * (17 GB in /tmp after a few hundred runs), as deleteOnExit only removes empty folders. The test contexts' own
 * shutdown hooks stop their PostgreSQL at the same time as this one runs, so a folder still holding a running
 * PostgreSQL (its postmaster.pid) is given a few seconds to be let go.
 */
final class TempFolders {

    private static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();
    private static final long WAIT_FOR_POSTGRES_MS = 10_000;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolders::deleteAll, "delete-test-folders"));
    }

    private TempFolders() {
    }

    static void deleteAtExit(Path folder) {
        FOLDERS.add(folder);
    }

    private static void deleteAll() {
        long deadline = System.currentTimeMillis() + WAIT_FOR_POSTGRES_MS;
        for (var folder : FOLDERS) {
            while (holdsRunningPostgres(folder) && System.currentTimeMillis() < deadline) {
                pause();
            }
            delete(folder);
        }
    }

    private static boolean holdsRunningPostgres(Path folder) {
        try (var files = Files.walk(folder, 2)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("postmaster.pid"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // already gone, or unreadable: nothing more to do at exit
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
