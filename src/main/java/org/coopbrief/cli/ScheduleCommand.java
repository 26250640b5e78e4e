package org.coopbrief.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.coopbrief.schedule.Scheduler;
import org.coopbrief.system.CoopbriefProperties;
import org.coopbrief.system.JobRunner;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {
            "Runs as a long-lived process that fires the named schedules of the configuration"
                    + " (coopbrief.schedules.<name>: cron, command, args). It logs the next fire times, runs one job at a"
                    + " time and skips (and logs) a fire while the previous run is still going.",
            "SIGTERM or Ctrl-C stops it after the current run has stopped gracefully (at its next chunk"
                    + " boundary); --stop-after waits for the current run to finish."
        })
class ScheduleCommand implements Callable<Integer> {

    /** Always with the seconds (LocalDateTime.toString leaves out ":00"). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--schedule", paramLabel = "NAME", description = "Only this schedule (repeatable; default: all).")
    List<String> only;

    @Option(
            names = "--stop-after",
            paramLabel = "DURATION",
            description = "Stop after this long (ISO-8601, e.g. PT1H); for trials. Default: run until stopped.")
    Duration stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigurableApplicationContext context = Contexts.STANDALONE.open();
        try {
            Map<String, CoopbriefProperties.Schedule> schedules =
                    new TreeMap<>(context.getBean(CoopbriefProperties.class).schedules());
            if (only != null) {
                for (String name : only) {
                    if (!schedules.containsKey(name)) {
                        err.println(
                                "coopbrief: no schedule named '" + name + "' (configured: " + schedules.keySet() + ")");
                        return ExitCode.USAGE;
                    }
                }
                schedules.keySet().retainAll(only);
            }
            Consumer<String> log = line -> {
                synchronized (out) {
                    out.println(STAMP.format(LocalDateTime.now()) + " " + line);
                    out.flush();
                }
            };
            AtomicReference<Scheduler> self = new AtomicReference<>();
            Scheduler scheduler;
            try {
                scheduler = new Scheduler(
                        schedules,
                        (name, s) -> {
                            int code = fire(context, s);
                            if (code == ExitCode.STOPPED) {
                                // SIGTERM or Ctrl-C during a run reaches the run's own handler (it stops the job);
                                // the scheduler stops too, as it would have between runs
                                log.accept("'" + name + "' was stopped on request: stopping the scheduler");
                                self.get().requestStop();
                            }
                            return code;
                        },
                        log);
            } catch (IllegalArgumentException e) {
                err.println("coopbrief: " + e.getMessage());
                return ExitCode.USAGE;
            }
            self.set(scheduler);
            SignalHandler stop = signal -> {
                err.println("coopbrief: SIG" + signal.getName() + " received: stopping the scheduler");
                scheduler.requestStop();
                context.getBean(JobRunner.class).stopRunning();
            };
            SignalHandler term = Signal.handle(new Signal("TERM"), stop);
            SignalHandler interrupt = Signal.handle(new Signal("INT"), stop);
            try {
                scheduler.run(stopAfter);
            } finally {
                Signal.handle(new Signal("TERM"), term);
                Signal.handle(new Signal("INT"), interrupt);
            }
            return ExitCode.OK;
        } finally {
            Contexts.STANDALONE.release(context);
        }
    }

    /** Runs a scheduled command in this process, with this context, exactly as the command line would. */
    private static int fire(ConfigurableApplicationContext context, CoopbriefProperties.Schedule schedule) {
        Callable<Integer> command;
        if (schedule.command().equals("run")) {
            RunCommand run = new RunCommand();
            run.contexts = Contexts.shared(context);
            command = run;
        } else {
            IngestCommand ingest = new IngestCommand();
            ingest.contexts = Contexts.shared(context);
            command = ingest;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(command, new PrintWriter(out, true), new PrintWriter(err, true));
        int code = cli.execute(schedule.args().toArray(String[]::new));
        (out.toString() + err).lines().forEach(line -> System.out.println("  | " + line));
        return code;
    }
}
