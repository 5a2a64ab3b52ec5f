package org.hurdleboard.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Copies of files on the class path that a library can only use from disk (the fonts), kept in
 * the app's own folder: given a stream, such a library copies it into the temporary folder each
 * start, which may be missing or locked down, and leaves the copy there when the app is killed.
 */
public final class UnpackedFiles {
    private UnpackedFiles() {
    }

    /**
     * The file in {@code folder} with the resource's contents, copied there the first time (or
     * when it differs); empty when the resource is missing or the folder cannot be written.
     */
    public static Optional<Path> of(Class<?> owner, String resource, Path folder) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] contents = in.readAllBytes();
            Path file = folder.resolve(Path.of(resource).getFileName().toString());
            if (Files.isRegularFile(file) && Files.size(file) == contents.length
                    && java.util.Arrays.equals(Files.readAllBytes(file), contents)) {
                return Optional.of(file);
            }
            Files.createDirectories(folder);
            Path partial = folder.resolve(file.getFileName() + ".part");
            Files.write(partial, contents);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
