package org.coopbrief.partitioning;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** What the {@code coopbrief worker} command needs from this package. */
public final class Worker {

    /** The worker's name, recorded in each partition it runs (set by the command's {@code --name}). */
    public static final String NAME_PROPERTY = "coopbrief.worker.name";

    /** The queue the partitions go to. */
    public static final String QUEUE = PartitionRequests.QUEUE;

    private Worker() {}

    /** The worker's part of its context, added to the application's. */
    public static Class<?> configuration() {
        return WorkerConfiguration.class;
    }

    /** A name that tells the workers apart without configuration: the host's and the process id. */
    public static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
