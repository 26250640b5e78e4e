package org.coopbrief.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.coopbrief.localisation.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code coopbrief.*} setting, in one tree (application.yml documents each; IDEs complete
 * them from the metadata the build generates). Values are checked when the context starts: a bad
 * one stops it with a message naming the key (exit 2).
 *
 * @param home              relative paths resolve against it; the launcher sets it (COOPBRIEF_HOME) to its own folder
 * @param inputDir          the folder of the input CSV files
 * @param reportsDir        where runs write their report folders
 * @param dataDir           the folder of the embedded database
 * @param maxInputFileBytes an input file larger than this stops the load
 * @param chunkSize         rows per transaction while loading
 * @param languages         the briefings' languages when {@code --lang} is not given ("en", "en,ru"); the runs
 *                          of all partners in these languages are the series that {@code reports/<period>/latest} follows
 * @param handoffMaxWait    how long a process that serves others the embedded database waits for them before exiting
 * @param schedules         the named schedules of {@code coopbrief schedule}
 * @param briefing          the PDF briefings
 * @param retention         how many complete runs are kept
 * @param fault             drills for restart (off by default)
 * @param delivery          who receives the run's files by email ({@link DeliverySettings}; none by default)
 * @param partitioning      where the partner briefings' partitions run: {@code local} (a thread pool in this
 *                          process, the default) or {@code remote} ({@code coopbrief worker} processes, over a JMS
 *                          broker, sharing a PostgreSQL database and the reports folder)
 * @param partitionTimeout  remote partitioning: how long the manager waits for all partitions; then its step fails
 */
@ConfigurationProperties("coopbrief")
public record CoopbriefProperties(
        @DefaultValue(".") String home,
        @DefaultValue("input") String inputDir,
        @DefaultValue("reports") String reportsDir,
        @DefaultValue("data") String dataDir,
        @DefaultValue("52428800") long maxInputFileBytes,
        @DefaultValue("100") int chunkSize,
        @DefaultValue("en") String languages,
        @DefaultValue("PT12H") Duration handoffMaxWait,
        Map<String, Schedule> schedules,
        @DefaultValue Briefing briefing,
        @DefaultValue Retention retention,
        @DefaultValue Fault fault,
        @DefaultValue DeliverySettings delivery,
        @DefaultValue(LOCAL) String partitioning,
        @DefaultValue("PT2H") Duration partitionTimeout) {

    /** {@link #partitioning()}: the partitions on a thread pool in this process. */
    public static final String LOCAL = "local";
    /** {@link #partitioning()}: the partitions over a JMS broker to {@code coopbrief worker} processes. */
    public static final String REMOTE = "remote";

    public CoopbriefProperties {
        require(maxInputFileBytes > 0, "coopbrief.max-input-file-bytes must be positive, not " + maxInputFileBytes);
        require(chunkSize > 0, "coopbrief.chunk-size must be positive, not " + chunkSize);
        require(!languages.isBlank(), "coopbrief.languages must name at least one language");
        require(!handoffMaxWait.isNegative(), "coopbrief.handoff-max-wait must not be negative");
        schedules = schedules == null ? Map.of() : new TreeMap<>(schedules);
        require(
                LOCAL.equals(partitioning) || REMOTE.equals(partitioning),
                "coopbrief.partitioning must be " + LOCAL + " (a thread pool in this process) or " + REMOTE
                        + " (coopbrief worker processes over a JMS broker), not '" + partitioning + "'");
        require(
                !partitionTimeout.isNegative() && !partitionTimeout.isZero(),
                "coopbrief.partition-timeout must be positive, not " + partitionTimeout);
    }

    /** Whether the partitions go to worker processes ({@code coopbrief.partitioning=remote}). */
    public boolean remotePartitioning() {
        return REMOTE.equals(partitioning);
    }

    /** Defaults for code that builds the settings itself (tests, tools). */
    public static CoopbriefProperties defaults(String home) {
        return new CoopbriefProperties(
                home,
                "input",
                "reports",
                "data",
                52428800,
                100,
                "en",
                Duration.ofHours(12),
                Map.of(),
                new Briefing("", "coopbrief", Map.of(), Briefing.DEFAULT_REFERENCE, 0),
                new Retention(10),
                new Fault("", -1, 0, "", 1, "", "", "", 0),
                DeliverySettings.none(),
                LOCAL,
                Duration.ofHours(2));
    }

    /**
     * A named schedule: a Spring cron expression (second minute hour day month weekday), a command
     * (run, ingest) and its arguments.
     */
    public record Schedule(String cron, String command, List<String> args) {
        public Schedule {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    /**
     * @param marking     the line printed on every page ("For official use"); blank: the default marking in each
     *                    briefing's language
     * @param author      the document author in the PDF properties
     * @param issuingBody who issues the briefings, by language code ({@code en}, {@code ru}): on the cover and in
     *                    the partner briefings' header; a language without one gets its default line
     * @param reference   the reference number's template ({@link ReferenceTemplate}: {@code {period}}, {@code {run}},
     *                    {@code {reporter}}, {@code {lang}})
     * @param threads     how many partner briefings are written at once (one thread each); 0: one per processor
     *                    core; 1: one after the other
     */
    public record Briefing(
            @DefaultValue("") String marking,
            @DefaultValue("coopbrief") String author,
            Map<String, String> issuingBody,
            @DefaultValue(DEFAULT_REFERENCE) String reference,
            @DefaultValue("0") int threads) {

        public static final String DEFAULT_REFERENCE = "{period}/{run}";

        public Briefing {
            marking = marking == null ? "" : marking.strip();
            author = author == null || author.isBlank() ? "coopbrief" : author.strip();
            issuingBody = issuingBodies(issuingBody);
            reference = new ReferenceTemplate(reference == null ? DEFAULT_REFERENCE : reference).template();
            require(threads >= 0, "coopbrief.briefing.threads must be 0 (one per core) or more, not " + threads);
        }

        /** The threads the partner briefings are written on: the setting, or the number of processor cores. */
        public int threadCount() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }

        /** The issuing body for a language, if one is configured. */
        public Optional<String> issuingBody(Language language) {
            return Optional.ofNullable(issuingBody.get(language.code()));
        }

        public ReferenceTemplate referenceTemplate() {
            return new ReferenceTemplate(reference);
        }

        private static Map<String, String> issuingBodies(Map<String, String> configured) {
            Map<String, String> byLanguage = new TreeMap<>();
            if (configured != null) {
                configured.forEach((code, name) -> {
                    Language language;
                    try {
                        language = Language.parse(code);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                // the key leads the message, which is the one line a user sees
                                "coopbrief.briefing.issuing-body." + code + ": " + e.getMessage());
                    }
                    if (name != null && !name.isBlank()) {
                        byLanguage.put(language.code(), name.strip());
                    }
                });
            }
            return Map.copyOf(byLanguage);
        }
    }

    /** @param keepRuns complete runs kept per report period; older ones are deleted after each run; 0 keeps all */
    public record Retention(@DefaultValue("10") int keepRuns) {
        public Retention {
            require(keepRuns >= 0, "coopbrief.retention.keep-runs must be 0 or more, not " + keepRuns);
        }
    }

    /**
     * @param failStep        fail this load step...
     * @param failAfterChunks ...after this many committed chunks (-1: never)
     * @param chunkDelayMs    sleep after every chunk, so a process can be killed in the middle of a step
     * @param haltInMigration halt the JVM (as a SIGKILL would end it) inside the schema migration of this
     *                        version ("2.1")...
     * @param haltAfterStatements ...after this many of its statements
     * @param diskFull        writing a report file of this name ("coopbrief-2020.xlsx") fails as on a full disk
     * @param haltInStep      halt the JVM (as a SIGKILL would end it) when this step ("write-workbook") has done
     *                        its work but before its end is recorded: the worst moment for a restart
     * @param delayInStep     sleep {@code delayInStepMs} when this step (or one of its partitions,
     *                        {@code write-partner-briefing:GE-en}) has started, before its work: so a process (a
     *                        worker) can be killed while the step is running
     * @param delayInStepMs   ...this long
     */
    public record Fault(
            @DefaultValue("") String failStep,
            @DefaultValue("-1") int failAfterChunks,
            @DefaultValue("0") long chunkDelayMs,
            @DefaultValue("") String haltInMigration,
            @DefaultValue("1") int haltAfterStatements,
            @DefaultValue("") String diskFull,
            @DefaultValue("") String haltInStep,
            @DefaultValue("") String delayInStep,
            @DefaultValue("0") long delayInStepMs) {}

    public Path resolvedInputDir() {
        return Path.of(home).resolve(inputDir).toAbsolutePath().normalize();
    }

    public Path resolvedReportsDir() {
        return Path.of(home).resolve(reportsDir).toAbsolutePath().normalize();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
