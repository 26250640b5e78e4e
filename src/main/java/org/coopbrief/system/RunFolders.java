package org.coopbrief.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * The folder each run writes into, {@code reports/<label>/<run id>/}, and the one way files get
 * there: written under a temporary name, then moved into place, so no partial file ever carries
 * a final name.
 */
@Component
public class RunFolders {

    private final Path reportsDir;

    RunFolders(CoopbriefProperties properties) {
        this.reportsDir = properties.resolvedReportsDir();
    }

    public Path runFolder(String label, long runId) {
        Path folder = reportsDir.resolve(label).resolve(Long.toString(runId));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report folder " + folder, e);
        }
        return folder;
    }

    /** Writes a file through {@code writer} under a temporary name and moves it to {@code target}. */
    public Path writeAtomically(Path target, FileContent writer) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            writer.writeTo(tmp);
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }
}
