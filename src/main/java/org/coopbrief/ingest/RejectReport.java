package org.coopbrief.ingest;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coopbrief.dataset.Reject;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code rejects.csv} into the run's report folder: every rejected row of this run with
 * file, line, field, value, reason and the raw text. Written even when empty, so its absence
 * never has to be interpreted.
 */
class RejectReport implements Tasklet {

    static final String FILE_NAME = "rejects.csv";

    private final IngestSummary summary;
    private final RunFolders folders;

    RejectReport(IngestSummary summary, RunFolders folders) {
        this.summary = summary;
        this.folders = folders;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
        String label = RunParameters.label(step.getJobExecution().getJobParameters());
        Path inputDir = RunParameters.input(step.getJobExecution().getJobParameters());
        List<Reject> rejects = summary.rejects(instanceId);
        Path target = folders.runFolder(label, instanceId).resolve(FILE_NAME);
        folders.writeAtomically(target, tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write("file,line,field,value,reason,raw\n");
                for (Reject r : rejects) {
                    out.write(String.join(
                            ",",
                            csv(inputDir.resolve(r.file()).toString()),
                            Integer.toString(r.line()),
                            csv(r.field()),
                            csv(r.value()),
                            csv(r.reason()),
                            csv(r.raw())));
                    out.write('\n');
                }
            }
        });
        return RepeatStatus.FINISHED;
    }

    /** Quotes a field; a leading formula character is neutralised for spreadsheet users. */
    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        String text = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
