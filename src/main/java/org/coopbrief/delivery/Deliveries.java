package org.coopbrief.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coopbrief.export.pdf.BriefingDigest;
import org.coopbrief.export.pdf.BriefingDigests;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.coopbrief.system.DeliverySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's deliveries: planning its messages into the outbox, sending them (each with its retries
 * and backoff) or writing them as {@code .eml} files (a dry run), their status, and the delivery
 * report in the run folder. Used by the pipeline's delivery steps and by {@code coopbrief deliver}.
 * Credentials are the mail sender's ({@code spring.mail.*}); they are scrubbed from every error
 * recorded or shown.
 */
@Component
public class Deliveries {

    /** The run folder's sub-folder for the dry run's messages and the digests the messages are written from. */
    public static final String FOLDER = "delivery";
    /** The delivery report, in the run folder. */
    public static final String REPORT = "delivery.txt";

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final Set<OutboxRow.Status> UNSENT = EnumSet.of(OutboxRow.Status.PENDING, OutboxRow.Status.SENDING);
    private static final Set<OutboxRow.Status> NOT_DELIVERED =
            EnumSet.of(OutboxRow.Status.PENDING, OutboxRow.Status.SENDING, OutboxRow.Status.FAILED);

    private final DeliverySettings settings;
    private final Outbox outbox;
    private final RunFolders folders;
    private final BriefingDigests digests;
    private final ObjectProvider<JavaMailSender> sender;
    private final JobRepository jobRepository;
    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().build();

    Deliveries(
            CoopbriefProperties properties,
            Outbox outbox,
            RunFolders folders,
            BriefingDigests digests,
            ObjectProvider<JavaMailSender> sender,
            JobRepository jobRepository,
            Environment environment) {
        this.settings = properties.delivery();
        this.outbox = outbox;
        this.folders = folders;
        this.digests = digests;
        this.sender = sender;
        this.jobRepository = jobRepository;
        this.environment = environment;
    }

    public DeliverySettings settings() {
        return settings;
    }

    /** A run's messages and how each stands, by recipient and part. */
    public List<OutboxRow> status(long run) {
        return outbox.rows(run);
    }

    public List<OutboxRow> failed(long run) {
        return outbox.rows(run).stream()
                .filter(r -> r.status() == OutboxRow.Status.FAILED)
                .toList();
    }

    /** "3 sent, 1 failed (analysts 1 of 1)", or empty when the run has no delivery. */
    public Optional<String> summary(long run) {
        List<OutboxRow> rows = outbox.rows(run);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<OutboxRow.Status, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        String text = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        List<String> failed = rows.stream()
                .filter(r -> r.status() == OutboxRow.Status.FAILED)
                .map(r -> r.recipient() + " " + r.partLabel())
                .toList();
        return Optional.of(text + (failed.isEmpty() ? "" : " (failed: " + String.join(", ", failed) + ")"));
    }

    /**
     * Plans the run's messages (once: messages already in the outbox are kept as they are) and
     * writes the digests their bodies are made of. Returns the notes (a partner asked for without a
     * briefing in this run...).
     */
    List<String> plan(JobInstance run, JobParameters parameters) {
        RunParameters p = RunParameters.of(parameters);
        Path folder = folders.runFolder(p.label(), run.getInstanceId());
        DeliveryPlan.Result plan = DeliveryPlan.of(
                settings.recipients(),
                p.label(),
                files(folder),
                settings.maxMessageSize().toBytes());
        Set<Language> languages = new LinkedHashSet<>();
        plan.messages().forEach(m -> languages.add(m.language()));
        for (Language language : languages) {
            BriefingDigest digest = digests.digest(run, parameters, language);
            folders.writeAtomically(digestFile(folder, language), f -> json.writeValue(f.toFile(), digest));
        }
        int added = outbox.plan(run.getInstanceId(), plan.messages(), domain());
        plan.notes().forEach(n -> log.warn("delivery of run {}: {}", run.getInstanceId(), n));
        log.info(
                "delivery of run {}: {} message(s) to {} recipient(s) planned ({} new)",
                run.getInstanceId(),
                plan.messages().size(),
                plan.messages().stream()
                        .map(PlannedMessage::recipient)
                        .distinct()
                        .count(),
                added);
        if (!plan.notes().isEmpty()) {
            folders.writeAtomically(
                    folder.resolve(FOLDER).resolve("notes.txt"),
                    f -> Files.writeString(f, String.join("\n", plan.notes()) + "\n"));
        }
        return plan.notes();
    }

    /**
     * Sends the run's next message not sent yet (pending, or left SENDING by a process that died),
     * trying again with backoff as configured; returns it as it ended, or empty when none is left.
     */
    Optional<OutboxRow> sendNext(long run, String label) {
        return sendNext(run, label, UNSENT);
    }

    private Optional<OutboxRow> sendNext(long run, String label, Set<OutboxRow.Status> which) {
        Optional<OutboxRow> next = outbox.next(run, which);
        next.ifPresent(row -> send(row, folders.runFolder(label, run)));
        return next.map(row -> outbox.rows(run).stream()
                .filter(r -> r.id() == row.id())
                .findFirst()
                .orElseThrow());
    }

    /** {@code deliver RUN --send}: everything not delivered yet, failed ones included. Returns the failed. */
    public List<OutboxRow> sendAll(long run) {
        String label = label(run);
        if (outbox.rows(run).isEmpty()) {
            plan(instance(run), parameters(run));
        }
        // each message once per call: one that fails again stays FAILED, and the loop moves on
        Set<Long> tried = new java.util.HashSet<>();
        while (true) {
            Optional<OutboxRow> next = outbox.rows(run).stream()
                    .filter(r -> NOT_DELIVERED.contains(r.status()) && !tried.contains(r.id()))
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            tried.add(next.get().id());
            send(next.get(), folders.runFolder(label, run));
        }
        writeReport(run, label);
        return failed(run);
    }

    /** {@code deliver RUN --force --recipient NAME}: that recipient's messages again, with new Message-IDs. */
    public List<OutboxRow> resend(long run, String recipient) {
        if (outbox.rows(run).stream().noneMatch(r -> r.recipient().equals(recipient))) {
            throw new IllegalArgumentException("run " + run + " has no message to recipient '" + recipient + "'"
                    + " (recipients of this run: "
                    + outbox.rows(run).stream()
                            .map(OutboxRow::recipient)
                            .distinct()
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        outbox.resend(run, recipient, domain());
        return sendAll(run);
    }

    /** A dry run: every message not sent yet written as an .eml file in the run folder; nothing is sent. */
    List<Path> writeDrafts(long run, String label) {
        Path folder = folders.runFolder(label, run);
        List<Path> written = new ArrayList<>();
        for (OutboxRow row : outbox.rows(run)) {
            if (row.status() == OutboxRow.Status.SENT) {
                continue;
            }
            Path eml =
                    folder.resolve(FOLDER).resolve(row.recipient() + "-" + row.part() + "-of-" + row.parts() + ".eml");
            MimeMessage message = message(row, folder);
            folders.writeAtomically(eml, f -> {
                try (OutputStream out = Files.newOutputStream(f)) {
                    message.saveChanges();
                    message.setHeader("Message-ID", row.messageId());
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            written.add(eml);
        }
        return written;
    }

    /** The delivery report in the run folder: every message, its status, attempts, Message-ID and last error. */
    public Path writeReport(long run, String label) {
        Path folder = folders.runFolder(label, run);
        List<OutboxRow> rows = outbox.rows(run);
        StringBuilder out = new StringBuilder();
        out.append("Delivery of run ")
                .append(run)
                .append(": ")
                .append(summary(run).orElse("nothing to deliver"))
                .append("\n\n");
        out.append(String.format(
                "%-16s %-32s %-4s %-8s %-8s %8s  %s%n",
                "RECIPIENT", "ADDRESS", "LANG", "MESSAGE", "STATUS", "ATTEMPTS", "MESSAGE-ID / LAST ERROR"));
        for (OutboxRow r : rows) {
            out.append(String.format(
                    "%-16s %-32s %-4s %-8s %-8s %8d  %s%n",
                    r.recipient(),
                    r.address(),
                    r.language().code(),
                    r.partLabel(),
                    r.status(),
                    r.attempts(),
                    r.messageId()));
            for (String f : r.files()) {
                out.append("    ").append(f).append('\n');
            }
            if (r.lastError() != null) {
                out.append("    last error: ").append(r.lastError()).append('\n');
            }
        }
        Path notes = folder.resolve(FOLDER).resolve("notes.txt");
        if (Files.isRegularFile(notes)) {
            try {
                out.append("\nNotes:\n").append(Files.readString(notes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folders.writeAtomically(folder.resolve(REPORT), f -> Files.writeString(f, out.toString()));
    }

    /**
     * Before a send: the server is reachable and takes the credentials, or the start is refused
     * (exit 2) naming the setting.
     */
    public void checkServer() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalArgumentException("spring.mail.host is not set: delivering to "
                    + String.join(", ", settings.recipients().keySet())
                    + " needs an SMTP server (or run with --deliver=dry-run or --deliver=off)");
        }
        if (mail instanceof JavaMailSenderImpl impl) {
            try {
                impl.testConnection();
            } catch (MessagingException e) {
                throw new IllegalArgumentException("spring.mail.host: cannot reach the SMTP server " + impl.getHost()
                        + ":" + impl.getPort() + " (" + scrub(rootMessage(e)) + "); nothing was started");
            }
        }
    }

    private void send(OutboxRow row, Path folder) {
        JavaMailSender mail = sender.getIfAvailable();
        DeliverySettings.Retry retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            outbox.attempting(row.id());
            try {
                if (mail == null) {
                    throw new IllegalStateException("spring.mail.host is not set");
                }
                mail.send(message(row, folder));
                outbox.sent(row.id());
                log.info(
                        "delivered run {} to {} ({}), message {}",
                        row.run(),
                        row.recipient(),
                        row.partLabel(),
                        row.messageId());
                return;
            } catch (RuntimeException e) {
                String error = scrub(describe(e));
                boolean last = attempt >= retry.attempts();
                outbox.failed(row.id(), error, last);
                if (last) {
                    log.warn(
                            "delivery of run {} to {} ({}) failed after {} attempt(s): {}",
                            row.run(),
                            row.recipient(),
                            row.partLabel(),
                            attempt,
                            error);
                    return;
                }
                Duration wait = retry.delayAfter(attempt);
                log.warn(
                        "delivery of run {} to {} ({}), attempt {} of {} failed: {}; trying again in {}",
                        row.run(),
                        row.recipient(),
                        row.partLabel(),
                        attempt,
                        retry.attempts(),
                        error,
                        wait);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    outbox.failed(row.id(), error, false);
                    return;
                }
            }
        }
    }

    /** The message of a row: subject, both bodies in its language, its files attached, its Message-ID. */
    MimeMessage message(OutboxRow row, Path folder) {
        BriefingDigest digest = digest(folder, row.language());
        MessageBody body =
                MessageBody.of(digest, row.part(), row.parts(), row.files().size());
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(new InternetAddress(settings.from(), true));
            helper.setTo(new InternetAddress(row.address(), true));
            helper.setSubject(body.subject());
            helper.setSentDate(new Date());
            helper.setText(body.text(), body.html());
            for (String file : row.files()) {
                Path path = folder.resolve(file);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalStateException("cannot attach " + path + ": the file is missing");
                }
                helper.addAttachment(path.getFileName().toString(), new FileSystemResource(path));
            }
            message.setHeader("Content-Language", row.language().code());
            message.setHeader("X-Coopbrief-Run", Long.toString(row.run()));
            message.setHeader("X-Coopbrief-Part", row.partLabel());
            if (row.messageId() != null) {
                message.setHeader("Message-ID", row.messageId());
            }
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "cannot compose the message to " + row.recipient() + ": " + e.getMessage(), e);
        }
    }

    private BriefingDigest digest(Path folder, Language language) {
        Path file = digestFile(folder, language);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "the delivery of this run was not planned in " + language.code() + " (" + file + " is missing)");
        }
        return json.readValue(file.toFile(), BriefingDigest.class);
    }

    private static Path digestFile(Path folder, Language language) {
        return folder.resolve(FOLDER).resolve(".digest-" + language.code() + ".json");
    }

    private static Map<String, Long> files(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            Map<String, Long> files = new TreeMap<>();
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.startsWith(FOLDER + "/")) {
                    files.put(rel, Files.size(p));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The domain of the Message-IDs: the sender's. */
    private String domain() {
        String from = settings.from();
        try {
            String address = new InternetAddress(from, true).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (MessagingException | RuntimeException e) {
            return "coopbrief.invalid";
        }
    }

    private String label(long run) {
        return RunParameters.label(parameters(run));
    }

    JobInstance instance(long run) {
        JobInstance instance = jobRepository.getJobInstance(run);
        if (instance == null) {
            throw new IllegalArgumentException("no run with id " + run + " (ids: see coopbrief history)");
        }
        return instance;
    }

    JobParameters parameters(long run) {
        JobExecution last = jobRepository.getLastJobExecution(instance(run));
        if (last == null) {
            throw new IllegalArgumentException("run " + run + " has no execution");
        }
        return last.getJobParameters();
    }

    private static String describe(Throwable e) {
        String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String root = rootMessage(e);
        return top.contains(root) ? top : top + ": " + root;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The error without the credentials, whatever the server or the library put in it. */
    String scrub(String text) {
        String out = text;
        for (String key : List.of("spring.mail.password", "spring.mail.username")) {
            String secret = environment.getProperty(key);
            if (secret != null && secret.length() >= 3) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
