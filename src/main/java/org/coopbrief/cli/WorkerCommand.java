package org.coopbrief.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.coopbrief.partitioning.Worker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs partner briefing partitions for runs started elsewhere with coopbrief.partitioning=remote"
                    + " (remote partitioning): listens on the broker's queue " + Worker.QUEUE + ", runs each"
                    + " partition it receives, one at a time, and records its name in the partition's step"
                    + " execution (key 'worker'). It runs until SIGTERM (or Ctrl-C), finishing the partition in"
                    + " hand, then exits 0.",
            "",
            "What it needs, the same as the manager (the process that runs 'coopbrief run'):",
            "  - the broker: spring.artemis.broker-url (SPRING_ARTEMIS_BROKER_URL, e.g. tcp://broker:61616),"
                    + " with spring.artemis.user and .password if it asks for them;",
            "  - the database: SPRING_DATASOURCE_URL to the PostgreSQL server the manager uses, with"
                    + " SPRING_DATASOURCE_USERNAME and _PASSWORD (the embedded H2 database is refused, exit 2);",
            "  - the reports folder: the same shared folder as the manager's (COOPBRIEF_REPORTS_DIR on a shared"
                    + " file system), where it writes the briefings.",
            "Start as many workers as there are machines or cores to use; each takes the next partition when it is"
                    + " free. A worker killed in the middle of a partition leaves it STARTED: the manager fails"
                    + " after coopbrief.partition-timeout (exit 1), and 'coopbrief restart' reruns only the"
                    + " unfinished partitions."
        })
class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The worker's name in the step executions and the log. Default: <hostname>-<pid>.")
    String name;

    @Override
    public Integer call() throws Exception {
        String workerName = name == null || name.isBlank() ? Worker.defaultName() : name.strip();
        return Contexts.worker(workerName).with(context -> {
            CountDownLatch stop = new CountDownLatch(1);
            SignalHandler onSignal = signal -> {
                spec.commandLine()
                        .getErr()
                        .println("coopbrief: SIG" + signal.getName() + " received: worker " + workerName
                                + " stops once its partition in hand (if any) has ended");
                stop.countDown();
            };
            SignalHandler term = Signal.handle(new Signal("TERM"), onSignal);
            SignalHandler interrupt = Signal.handle(new Signal("INT"), onSignal);
            try {
                spec.commandLine()
                        .getErr()
                        .println("coopbrief: worker " + workerName + " listening on " + Worker.QUEUE
                                + "; stop it with SIGTERM");
                stop.await();
                return ExitCode.OK;
            } finally {
                Signal.handle(new Signal("TERM"), term);
                Signal.handle(new Signal("INT"), interrupt);
            }
        });
    }
}
