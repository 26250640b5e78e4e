package org.coopbrief.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.coopbrief.system.CoopbriefProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The folder each run writes into, {@code reports/<label>/<run id>/} (the label is the report
 * period for the main job, "ingest" for a load alone), and the one way files get there: written
 * under a temporary name, then moved into place, so no partial file ever carries a final name.
 * Also keeps {@code reports/<label>/latest} pointing at the newest complete run, and prunes old runs.
 */
@Component
public class RunFolders {

    public static final String MANIFEST = "manifest.json";
    public static final String LATEST = "latest";
    /** The label (reports sub-folder) of a load alone ({@code ingest}). */
    public static final String INGEST_LABEL = "ingest";

    private static final Logger log = LoggerFactory.getLogger(RunFolders.class);

    private final Path reportsDir;
    private final int keepRuns;
    /** A drill: the file name whose writing fails as on a full disk (coopbrief.fault.disk-full). */
    private final String diskFull;

    @Autowired
    RunFolders(CoopbriefProperties properties) {
        this(properties, properties.retention().keepRuns());
    }

    RunFolders(CoopbriefProperties properties, int keepRuns) {
        this.reportsDir = properties.resolvedReportsDir();
        this.keepRuns = keepRuns;
        this.diskFull = properties.fault().diskFull().strip();
    }

    public Path runFolder(String label, long runId) {
        Path folder = reportsDir.resolve(label).resolve(Long.toString(runId));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report folder " + folder + ": " + cause(e), e);
        }
        return folder;
    }

    /** Writes a file through {@code writer} under a temporary name and moves it to {@code target}. */
    public Path writeAtomically(Path target, FileContent writer) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            writer.writeTo(tmp);
            if (target.getFileName().toString().equals(diskFull)) {
                throw new IOException("No space left on device (drill: coopbrief.fault.disk-full)");
            }
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + target + ": " + cause(e), e);
        }
    }

    /** The cause in words: the JDK names only the path for some (permission denied, no such folder). */
    private static String cause(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    /** Points {@code reports/<label>/latest} at this run (a relative symlink, replaced atomically). */
    public void markLatest(String label, long runId) {
        Path dir = reportsDir.resolve(label);
        Path tmp = dir.resolve(".latest.tmp");
        try {
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, Path.of(Long.toString(runId)));
            Files.move(tmp, dir.resolve(LATEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // no symlinks here (some file systems): say it in a file instead
            writeAtomically(dir.resolve(LATEST + ".txt"), f -> Files.writeString(f, runId + "\n"));
        }
    }

    /**
     * Keeps the newest {@code coopbrief.retention.keep-runs} complete runs of a label (those with a
     * manifest) and deletes older complete ones. Incomplete runs are kept: they may be restarted.
     * The run {@code latest} points at is kept too, however many ad-hoc runs came after it.
     */
    public List<Path> prune(String label) {
        Path dir = reportsDir.resolve(label);
        if (keepRuns <= 0 || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(dir)) {
            Path latest = latestTarget(dir);
            List<Path> complete = runs.filter(
                            p -> p.getFileName().toString().matches("\\d+") && !Files.isSymbolicLink(p))
                    .filter(p -> Files.exists(p.resolve(MANIFEST)))
                    .sorted(Comparator.comparingLong(
                                    (Path p) -> Long.parseLong(p.getFileName().toString()))
                            .reversed())
                    .toList();
            List<Path> old = complete.stream()
                    .skip(keepRuns)
                    .filter(p -> !p.equals(latest))
                    .toList();
            for (Path p : old) {
                deleteTree(p);
                log.info("Pruned run folder {} (retention keeps {} runs per period)", p, keepRuns);
            }
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune " + dir, e);
        }
    }

    private static @Nullable Path latestTarget(Path dir) throws IOException {
        Path link = dir.resolve(LATEST);
        if (Files.isSymbolicLink(link)) {
            return dir.resolve(Files.readSymbolicLink(link));
        }
        Path text = dir.resolve(LATEST + ".txt");
        return Files.isRegularFile(text) ? dir.resolve(Files.readString(text).strip()) : null;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
