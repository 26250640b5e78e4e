package org.coopbrief.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coopbrief.localisation.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table ({@code delivery_outbox}), its one reader and writer. Every change is committed
 * at once in a transaction of its own (never with the step's chunk), so that what the server was
 * asked and what it accepted is on disk before the next message: a restarted or repeated run sends
 * only what is not {@link OutboxRow.Status#SENT}.
 */
@Component
class Outbox {

    private static final int MAX_ERROR = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactionManager);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the planned messages not recorded yet (same run, recipient and files); returns how many were new. */
    int plan(long run, List<PlannedMessage> messages, String messageIdDomain) {
        return own.execute(tx -> {
            int added = 0;
            for (PlannedMessage m : messages) {
                String files = String.join("\n", m.files());
                String hash = sha256(m.part() + "/" + m.parts() + "\n" + files);
                Integer existing = jdbc.queryForObject(
                        "select count(*) from delivery_outbox where run_id = ? and recipient = ? and file_set_hash = ?",
                        Integer.class,
                        run,
                        m.recipient(),
                        hash);
                if (existing != null && existing > 0) {
                    continue;
                }
                jdbc.update(
                        "insert into delivery_outbox (run_id, recipient, address, language, part, parts, file_set,"
                                + " file_set_hash, status, attempts, message_id, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                        run,
                        m.recipient(),
                        m.address(),
                        m.language().code(),
                        m.part(),
                        m.parts(),
                        files,
                        hash,
                        messageId(run, m.recipient(), m.part(), m.parts(), messageIdDomain),
                        now());
                added++;
            }
            return added;
        });
    }

    List<OutboxRow> rows(long run) {
        return jdbc.query("select * from delivery_outbox where run_id = ? order by recipient, part, id", ROW, run);
    }

    /** The first row of the run in one of these statuses. */
    Optional<OutboxRow> next(long run, Set<OutboxRow.Status> statuses) {
        return rows(run).stream().filter(r -> statuses.contains(r.status())).findFirst();
    }

    /** Just before the server is asked: committed, so that a process killed during the send leaves SENDING. */
    void attempting(long id) {
        update(
                "update delivery_outbox set status = 'SENDING', attempts = attempts + 1, updated_at = ? where id = ?",
                now(),
                id);
    }

    void sent(long id) {
        LocalDateTime now = now();
        update(
                "update delivery_outbox set status = 'SENT', last_error = null, sent_at = ?, updated_at = ? where id = ?",
                now,
                now,
                id);
    }

    /** A failed attempt that will be tried again ({@code PENDING}), or the last one ({@code FAILED}). */
    void failed(long id, String error, boolean last) {
        update(
                "update delivery_outbox set status = ?, last_error = ?, updated_at = ? where id = ?",
                last ? "FAILED" : "PENDING",
                truncate(error),
                now(),
                id);
    }

    /** {@code deliver --force}: the recipient's messages of the run are sent again, with new Message-IDs. */
    int resend(long run, String recipient, String messageIdDomain) {
        return own.execute(tx -> {
            List<OutboxRow> rows = rows(run).stream()
                    .filter(r -> r.recipient().equals(recipient))
                    .toList();
            for (OutboxRow r : rows) {
                jdbc.update(
                        "update delivery_outbox set status = 'PENDING', last_error = null, message_id = ?,"
                                + " updated_at = ? where id = ?",
                        messageId(run, recipient, r.part(), r.parts(), messageIdDomain),
                        now(),
                        r.id());
            }
            return rows.size();
        });
    }

    private void update(String sql, Object... args) {
        own.executeWithoutResult(tx -> jdbc.update(sql, args));
    }

    private static final RowMapper<OutboxRow> ROW = (rs, i) -> new OutboxRow(
            rs.getLong("id"),
            rs.getLong("run_id"),
            rs.getString("recipient"),
            rs.getString("address"),
            Language.parse(rs.getString("language")),
            rs.getInt("part"),
            rs.getInt("parts"),
            Arrays.stream(rs.getString("file_set").split("\n")).toList(),
            OutboxRow.Status.valueOf(rs.getString("status")),
            rs.getInt("attempts"),
            rs.getString("last_error"),
            rs.getString("message_id"),
            toLocal(rs.getTimestamp("sent_at")));

    private static @Nullable LocalDateTime toLocal(@Nullable Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().withNano(0);
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    /** {@code <coopbrief.17.kz-desk.1of2.9f1c...@mfa.example>}: names the run, the recipient and the part. */
    private static String messageId(long run, String recipient, int part, int parts, String domain) {
        String safe = recipient
                .chars()
                .mapToObj(c -> Character.isLetterOrDigit(c) || c == '-' ? String.valueOf((char) c) : "_")
                .collect(Collectors.joining());
        return "<coopbrief." + run + "." + safe + "." + part + "of" + parts + "."
                + UUID.randomUUID().toString().replace("-", "") + "@" + domain + ">";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
