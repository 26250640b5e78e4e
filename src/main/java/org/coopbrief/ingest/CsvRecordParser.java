package org.coopbrief.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 parser that keeps track of physical line numbers, so that every record (and every
 * rejection) can name the line it starts on, even when a quoted field spans lines.
 */
final class CsvRecordParser {

    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final String file;
    private int line = 1;
    private int pushedBack = -2;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    // reused from record to record: the raw text and a quoted field's value
    private final StringBuilder raw = new StringBuilder(256);
    private final StringBuilder quotedField = new StringBuilder(64);
    private int fieldsSeen = 10;

    CsvRecordParser(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /**
     * The next record, or null at the end of the input. Blank lines are skipped. Each character is
     * appended once, to the raw text; an unquoted field is a slice of it, and only a quoted field
     * (whose quotes and doubled quotes are not part of its value) is built on its own.
     */
    CsvRecord next() throws IOException {
        int c = read();
        while (c == '\n' || c == '\r') {
            consumeLineBreak(c);
            c = read();
        }
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> values = new ArrayList<>(fieldsSeen);
        StringBuilder raw = this.raw;
        StringBuilder field = this.quotedField;
        raw.setLength(0);
        int fieldStart = 0;
        String problem = null;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (raw.length() > MAX_RECORD_CHARS) {
                throw new IOException(file + ":" + start + ": record longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (quoted) {
                if (c == -1) {
                    problem = "unterminated quoted field";
                    values.add(field.toString());
                    return record(start, values, problem);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                        raw.append("\"\"");
                    } else {
                        quoted = false;
                        raw.append('"');
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                    raw.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                values.add(wasQuoted ? field.toString() : raw.substring(fieldStart));
                if (c != -1) {
                    consumeLineBreak(c);
                }
                return record(start, values, problem);
            }
            if (c == ',') {
                values.add(wasQuoted ? field.toString() : raw.substring(fieldStart));
                wasQuoted = false;
                raw.append(',');
                fieldStart = raw.length();
            } else if (c == '"' && !wasQuoted && raw.length() == fieldStart) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
                raw.append('"');
            } else {
                if (c == '"' && problem == null) {
                    problem = "stray quote in field " + (values.size() + 1)
                            + " (quote the whole field and double inner quotes)";
                }
                if (wasQuoted) {
                    field.append((char) c);
                }
                raw.append((char) c);
            }
            c = read();
        }
    }

    private CsvRecord record(int start, List<String> values, String problem) {
        fieldsSeen = Math.max(fieldsSeen, values.size());
        return new CsvRecord(file, start, values, raw.toString(), problem);
    }

    /** Consumes the rest of a CRLF, LF or CR line break and counts the line. */
    private void consumeLineBreak(int c) throws IOException {
        line++;
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                pushedBack = n;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            // one call to the reader per buffer, not per character
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++];
    }
}
