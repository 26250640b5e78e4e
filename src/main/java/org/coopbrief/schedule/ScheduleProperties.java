package org.coopbrief.schedule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The named schedules of {@code coopbrief schedule}: {@code coopbrief.schedules.<name>.cron/command/args}. */
@ConfigurationProperties("coopbrief")
public record ScheduleProperties(Map<String, Schedule> schedules) {

    public ScheduleProperties {
        schedules = schedules == null ? Map.of() : new TreeMap<>(schedules);
    }

    /** A Spring cron expression (second minute hour day month weekday), a command (run, ingest) and its arguments. */
    public record Schedule(String cron, String command, List<String> args) {
        public Schedule {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
