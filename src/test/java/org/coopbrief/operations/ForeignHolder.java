package org.coopbrief.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A program that opens an H2 database file the way a tool would (embedded, without the
 * auto-server), says "holding", and keeps it open until its standard input closes. A process of
 * its own: a lock on a file belongs to a process, and the test's own reads of the file would drop it.
 */
final class ForeignHolder {

    private ForeignHolder() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CHECKPOINT"); // what opening writes is on disk now, so that the file stays as it is
            System.out.println("holding");
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
