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
     * The data records of a CSV file: its line ends outside quoted fields, less the header. A
     * byte scan (UTF-8 never has '"' or '\n' inside a multi-byte character), far cheaper than
     * parsing; 0 when the file cannot be read (the load step reports that itself).
     */
    static long records(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] buffer = new byte[1 << 16];
            long ends = 0;
            boolean quoted = false;
            int last = '\n';
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        ends++;
                    }
                }
                last = buffer[n - 1];
            }
            long lines = last == '\n' ? ends : ends + 1;
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }
}
