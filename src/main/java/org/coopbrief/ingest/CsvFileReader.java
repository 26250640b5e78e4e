package org.coopbrief.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data records of one input file (the header is checked beforehand by
 * {@link InputFilesCheck}). Restartable from the database rather than from the step's saved
 * context: records up to the last line already staged or rejected (committed with their chunk)
 * are passed over, so a restart after a failure, a stop or a kill continues exactly after the
 * last committed chunk, even if the saved context is stale.
 */
class CsvFileReader extends AbstractItemCountingItemStreamItemReader<CsvRecord> {

    private final Path path;
    private final String displayName;
    private final int resumeAfterLine;
    private BufferedReader reader;
    private CsvRecordParser parser;

    CsvFileReader(Path path, String displayName, int resumeAfterLine) {
        this.path = path;
        this.displayName = displayName;
        this.resumeAfterLine = resumeAfterLine;
        setName("csv-" + path.getFileName());
        setSaveState(false);
    }

    @Override
    protected void doOpen() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        parser = new CsvRecordParser(reader, displayName);
        parser.next(); // header
    }

    @Override
    protected CsvRecord doRead() throws IOException {
        try {
            CsvRecord record = parser.next();
            while (record != null && record.line() <= resumeAfterLine) {
                record = parser.next();
            }
            return record;
        } catch (CharacterCodingException e) {
            throw new InputFileException(displayName + ": not valid UTF-8 text");
        }
    }

    @Override
    protected void doClose() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
