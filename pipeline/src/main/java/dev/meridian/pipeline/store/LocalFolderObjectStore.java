package dev.meridian.pipeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The embedded object store: one file per key under a root folder (default {@code $MERIDIAN_DATA_DIR/objects}). */
public final class LocalFolderObjectStore implements ObjectStore {

    private static final String TEMP_PREFIX = ".tmp-";
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private final Path root;
    private final FileAttribute<?> ownerOnly;

    public LocalFolderObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.ownerOnly = root.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) : null;
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = resolve(key);
        try {
            try {
                write(target, content);
            } catch (NoSuchFileException noFolderYet) {
                Files.createDirectories(target.getParent());
                write(target, content);
            }
        } catch (IOException e) {
            throw new ObjectStoreException("cannot write " + key, e);
        }
    }

    private void write(Path target, byte[] content) throws IOException {
        if (content.length == 0 && createdEmpty(target)) {
            return;
        }
        Path temp = target.resolveSibling(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        boolean moved = false;
        try {
            create(temp, content);
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A new empty object needs no temporary file: creating it is already all-or-nothing. */
    private boolean createdEmpty(Path target) throws IOException {
        try {
            create(target, new byte[0]);
            return true;
        } catch (FileAlreadyExistsException replacing) {
            return false;
        }
    }

    /** Creates the file (readable by the owner only, as the temporary files it replaces were) in one open. */
    private void create(Path file, byte[] content) throws IOException {
        try (SeekableByteChannel channel = ownerOnly == null ? Files.newByteChannel(file, CREATE_NEW)
                : Files.newByteChannel(file, CREATE_NEW, ownerOnly)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ObjectStoreException("cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public List<String> list(String prefix) {
        // Walk only the folder the prefix ends in: state/ holds a file per issue and per event.
        Path start = prefix.contains("/") ? root.resolve(prefix.substring(0, prefix.lastIndexOf('/'))).normalize() : root;
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(TEMP_PREFIX))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .filter(key -> key.startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ObjectStoreException("cannot list " + prefix, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new ObjectStoreException("cannot delete " + key, e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (key.isBlank() || key.startsWith("/") || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not an object key: " + key);
        }
        return path;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
