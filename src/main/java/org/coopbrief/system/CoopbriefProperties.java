package org.coopbrief.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where coopbrief reads and writes. Relative paths resolve against {@code home}, which the
 * launcher sets to the repository root (COOPBRIEF_HOME), so the defaults work from any directory.
 * Kept as strings: Spring's Path conversion would resolve "." against the classpath.
 */
@ConfigurationProperties("coopbrief")
public record CoopbriefProperties(String home, String inputDir, String reportsDir, long maxInputFileBytes) {

    public CoopbriefProperties {
        home = home == null || home.isBlank() ? "." : home;
        inputDir = inputDir == null || inputDir.isBlank() ? "input" : inputDir;
        reportsDir = reportsDir == null || reportsDir.isBlank() ? "reports" : reportsDir;
        maxInputFileBytes = maxInputFileBytes <= 0 ? 50L * 1024 * 1024 : maxInputFileBytes;
    }

    public Path resolvedInputDir() {
        return Path.of(home).resolve(inputDir).toAbsolutePath().normalize();
    }

    public Path resolvedReportsDir() {
        return Path.of(home).resolve(reportsDir).toAbsolutePath().normalize();
    }
}
