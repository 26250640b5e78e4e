package org.coopbrief.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step of a run: writes {@code manifest.json} (parameters, input files with SHA-256 and
 * row counts, output files with size and SHA-256, software version, step durations), then points
 * {@code latest} at the run when it belongs to the series (see {@link RunParameters#inSeries}) and applies the retention setting. A folder without a manifest is a
 * run that did not complete.
 */
class RunManifest implements Tasklet {

    private final RunFolders folders;
    private final IngestSummary summary;
    private final String version;
    private final List<Language> seriesLanguages;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    RunManifest(RunFolders folders, IngestSummary summary, String version, List<Language> seriesLanguages) {
        this.folders = folders;
        this.summary = summary;
        this.version = version;
        this.seriesLanguages = List.copyOf(seriesLanguages);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution self = chunkContext.getStepContext().getStepExecution();
        JobExecution job = self.getJobExecution();
        long runId = job.getJobInstance().getInstanceId();
        String label = RunParameters.label(job.getJobParameters());
        Path folder = folders.runFolder(label, runId);
        Path input = RunParameters.input(job.getJobParameters());

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("run", runId);
        manifest.put("job", job.getJobInstance().getJobName());
        manifest.put("execution", job.getId());
        manifest.put("software", Map.of("name", "coopbrief", "version", version));
        manifest.put("written", LocalDateTime.now().withNano(0).toString());
        Map<String, Object> parameters = new LinkedHashMap<>();
        job.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        manifest.put("parameters", parameters);
        manifest.put("inputs", inputs(input, runId));
        manifest.put("outputs", outputs(folder));
        manifest.put("steps", steps(job, self));

        folders.writeAtomically(folder.resolve(RunFolders.MANIFEST), f -> json.writeValue(f.toFile(), manifest));
        if (RunParameters.of(job.getJobParameters()).inSeries(seriesLanguages)) {
            folders.markLatest(label, runId);
        }
        folders.prune(label);
        return RepeatStatus.FINISHED;
    }

    private List<Map<String, Object>> inputs(Path input, long runId) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (IngestSummary.FileCount count : summary.counts(runId)) {
            Path file = input.resolve(count.file());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file.toString());
            entry.put("size", size(file));
            entry.put("sha256", sha256(file));
            entry.put("rows", count.read());
            entry.put("loaded", count.loaded());
            entry.put("rejected", count.rejected());
            inputs.add(entry);
        }
        return inputs;
    }

    private static List<Map<String, Object>> outputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(RunFolders.MANIFEST)
                            && !p.getFileName().toString().equals(RunLog.FILE))
                    .sorted()
                    .map(p -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("file", folder.relativize(p).toString());
                        entry.put("size", size(p));
                        entry.put("sha256", sha256(p));
                        return entry;
                    })
                    .toList();
        }
    }

    private static List<Map<String, Object>> steps(JobExecution job, StepExecution self) {
        return org.coopbrief.run.RunLog.steps(job).stream()
                .filter(s -> s != self && s.getEndTime() != null)
                .map(s -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("step", s.getStepName());
                    entry.put("status", s.getStatus().toString());
                    entry.put(
                            "seconds",
                            Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
                    entry.put("read", s.getReadCount());
                    entry.put("written", s.getWriteCount());
                    entry.put("skipped", s.getSkipCount());
                    return entry;
                })
                .toList();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path p) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
