package org.coopbrief.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The software's version, from the one source the build writes: {@code META-INF/build-info.properties}
 * (spring-boot-maven-plugin's build-info goal, from the Maven project version). Read without a Spring
 * context, so {@code --version} needs none.
 */
public final class Version {

    private Version() {}

    /** "0.1.0", or "development" when the classes were not built by Maven. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("build.version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
