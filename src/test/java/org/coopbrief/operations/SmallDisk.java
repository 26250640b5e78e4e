package org.coopbrief.operations;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small real disk (a tmpfs mounted over a folder) for the full-disk and read-only tests: where
 * the test may not mount one (not root, no mount capability), {@link #mount} says so and the test
 * is skipped with that reason rather than faked.
 */
record SmallDisk(Path folder) implements AutoCloseable {

    static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String why = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                why.isEmpty(), "a small disk for this test needs mount (root): " + why);
        return new SmallDisk(folder);
    }

    /** Fills the disk with a file of its own until {@code leftBytes} are free. */
    Path fillLeaving(long leftBytes) throws IOException {
        Path filler = folder.resolve("filler");
        long usable = Files.getFileStore(folder).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[4096];
            for (long written = 0; written < usable - leftBytes; written += block.length) {
                f.write(block);
            }
        }
        return filler;
    }

    void readOnly(boolean readOnly) throws IOException, InterruptedException {
        String why = run("mount", "-o", "remount," + (readOnly ? "ro" : "rw"), folder.toString());
        if (!why.isEmpty()) {
            throw new IllegalStateException("cannot remount " + folder + ": " + why);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }

    /** Runs a command; empty when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException notThere) {
            return notThere.getMessage();
        }
        String said = new String(p.getInputStream().readAllBytes()).strip();
        return p.waitFor() == 0 ? "" : "exit " + p.exitValue() + ": " + said;
    }
}
