package org.coopbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coopbrief.run.Progress;
import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * A load step's progress line with its total: the step's read count against the records of its
 * file ({@code load-event 120,000/314,680 rows, 14,500/s, 0:13 left}). Registered after the run
 * log's listener, whose line (without a total) it replaces.
 */
class LoadProgress implements StepExecutionListener {

    private final DatasetFile<?> file;
    private final Progress progress;

    LoadProgress(DatasetFile<?> file, Progress progress) {
        this.file = file;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution step) {
        Path path =
                RunParameters.input(step.getJobExecution().getJobParameters()).resolve(file.fileName());
        long records = records(path);
        if (records > 0) {
            progress.follow(step.getStepName(), "rows", records, step::getReadCount);
        }
    }

    /**
     * About the data records of a CSV file, as a total for the progress line: its non-blank lines
     * less the header. A byte scan, far cheaper than parsing. Quotes are not followed: a stray quote
     * in a bad row would then swallow the rest of the file, where a quoted field over several lines
     * only makes the total a little high. 0 when the file cannot be read (the load step reports that).
     */
    static long records(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            boolean blank = true;
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        if (!blank) {
                            lines++;
                        }
                        blank = true;
                    } else {
                        blank = false;
                    }
                }
            }
            if (!blank) {
                lines++;
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }
}
