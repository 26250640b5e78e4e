package org.coopbrief.ingest;

import java.io.IOException;
import java.io.StringReader;
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
            byte[] bytes = Files.readAllBytes(path);
            String text = decodeOrNull(bytes);
            if (text == null) {
                return name + ":" + lineOfBadByte(bytes) + ": not valid UTF-8 text (save the file as UTF-8)";
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return name + ": file is empty (expected the header row " + String.join(",", file.columns()) + ")";
            }
            CsvRecord header = new CsvRecordParser(new StringReader(text), name).next();
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

    private static String decodeOrNull(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static int lineOfBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        int offset = result.isError() ? in.position() : bytes.length;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
