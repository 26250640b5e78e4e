package org.coopbrief.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of the reports: Liberation Sans (regular and bold), shipped by
 * openpdf-fonts-extra, which has Cyrillic. Charts measure text with the AWT fonts made from the
 * same files that the PDF embeds, so labels are laid out with the metrics they are drawn with.
 */
public final class Typeface {

    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;
    private final Font awtRegular;
    private final Font awtBold;

    private Typeface(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
        this.awtRegular = awt(regular, REGULAR);
        this.awtBold = awt(bold, BOLD);
    }

    /** Reads the font files from the classpath. */
    public static Typeface liberationSans() {
        return new Typeface(read(REGULAR), read(BOLD));
    }

    /** The TrueType file, for embedding. */
    public byte[] ttf(boolean boldFace) {
        return (boldFace ? bold : regular).clone();
    }

    /** The file name the PDF library needs to recognise the bytes as TrueType. */
    public String fileName(boolean boldFace) {
        return boldFace ? BOLD : REGULAR;
    }

    public Font awtFont(boolean boldFace, float size) {
        return (boldFace ? awtBold : awtRegular).deriveFont(size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static Font awt(byte[] ttf, String name) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("font " + name + " is not a usable TrueType font", e);
        }
    }
}
