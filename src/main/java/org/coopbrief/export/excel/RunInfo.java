package org.coopbrief.export.excel;

import java.nio.file.Path;

/**
 * The run a workbook belongs to, for the About sheet. Holds nothing that differs between two runs
 * on the same data, so the same run writes the same bytes.
 *
 * @param inputDir the input folder relative to the project's home ("input"), never an absolute path
 */
record RunInfo(long runId, String version, String inputDir) {

    /**
     * A folder as the About sheet records it: relative to {@code home} (the project's folder), so
     * a workbook never carries a path of the machine that wrote it. A folder outside the project is
     * recorded by its name alone: "../../x/input" would still describe the machine, and two homes
     * reading the same input would write different bytes.
     */
    static String relative(Path home, String dir) {
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path path = Path.of(dir).normalize();
        if (!path.isAbsolute()) {
            return path.toString().replace('\\', '/');
        }
        try {
            String relative = home.toAbsolutePath()
                    .normalize()
                    .relativize(path)
                    .toString()
                    .replace('\\', '/');
            if (relative.startsWith("..")) {
                return path.getFileName() == null ? "." : path.getFileName().toString();
            }
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            // another root (a Windows drive): the folder's name is all that is not the machine's
            return path.getFileName() == null ? "." : path.getFileName().toString();
        }
    }
}
