package org.coopbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of an ingest: every input file must exist, be non-empty, not too large, valid
 * UTF-8, and start with the exact header. Any problem fails the job before anything is touched,
 * with one line per problem naming the file.
 */
class InputFilesCheck implements Tasklet {

    private final DatasetFiles files;
    private final long maxBytes;

    InputFilesCheck(DatasetFiles files, long maxBytes) {
        this.files = files;
        this.maxBytes = maxBytes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path dir = RunParameters.input(chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getJobParameters());
        List<String> problems = check(dir);
        if (!problems.isEmpty()) {
            throw new InputFileException(String.join("\n", problems));
        }
        return RepeatStatus.FINISHED;
    }

    List<String> check(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of(dir + ": input directory does not exist");
        }
        List<String> problems = new ArrayList<>();
        for (DatasetFile<?> file : files.inLoadOrder()) {
            String problem = checkFile(dir.resolve(file.fileName()), file);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private String checkFile(Path path, DatasetFile<?> file) {
        String name = path.toString();
        try {
            if (!Files.exists(path)) {
                return name + ": file is missing (every input file is required, even with no rows)";
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                return name + ": not a readable file";
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return name + ": " + size + " bytes is more than the limit of " + maxBytes
                        + " bytes (coopbrief.max-input-file-bytes)";
            }
            // streamed: the file is read a buffer at a time, never held whole (a 1000x events.csv is 130 MB)
            Text text = scan(path);
            if (text.badByteLine() > 0) {
                return name + ":" + text.badByteLine() + ": not valid UTF-8 text (save the file as UTF-8)";
            }
            if (text.blank()) {
                return name + ": file is empty (expected the header row " + String.join(",", file.columns()) + ")";
            }
            CsvRecord header;
            try (Reader reader = withoutBom(path)) {
                header = new CsvRecordParser(reader, name).next();
            }
            List<String> found = header.values().stream().map(String::strip).toList();
            if (!found.equals(file.columns())) {
                return name + ":" + header.line() + ": header does not match: expected \""
                        + String.join(",", file.columns()) + "\", found \"" + String.join(",", header.values()) + "\"";
            }
            return null;
        } catch (IOException e) {
            return name + ": cannot be read (" + e.getMessage() + ")";
        }
    }

    /** What a scan of a file found: the line of its first byte that is not UTF-8 (0: none), and whether it holds only blanks. */
    private record Text(int badByteLine, boolean blank) {}

    private static Text scan(Path path) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        int line = 1;
        boolean blank = true;
        boolean first = true;
        try (InputStream in = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                int from = bytes.position();
                CoderResult result = strict.decode(bytes, chars, end);
                // '\n' is one byte in UTF-8: the lines are counted on the bytes the decoder took
                for (int k = from; k < bytes.position(); k++) {
                    if (bytes.get(k) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    return new Text(line, false);
                }
                chars.flip();
                while (blank && chars.hasRemaining()) {
                    char c = chars.get();
                    blank = Character.isWhitespace(c) || (first && c == '\uFEFF');
                    first = false;
                }
                chars.clear();
                bytes.compact();
            }
        }
        return new Text(0, blank);
    }

    private static Reader withoutBom(Path path) throws IOException {
        Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
