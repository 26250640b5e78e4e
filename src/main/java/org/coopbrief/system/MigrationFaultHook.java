package org.coopbrief.system;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * A drill for the schema migration (off by default): halts the JVM, the way SIGKILL or a power cut
 * ends it, between two statements of one migration ({@code coopbrief.fault.halt-in-migration} and
 * {@code .halt-after-statements}). Flyway calls it as a callback.
 */
@Component
class MigrationFaultHook implements Callback {

    private final String version;
    private final int afterStatements;
    private String current = "";
    private int statements;

    MigrationFaultHook(CoopbriefProperties properties) {
        this.version = properties.fault().haltInMigration().strip();
        this.afterStatements = properties.fault().haltAfterStatements();
    }

    @Override
    public boolean supports(Event event, Context context) {
        return !version.isEmpty()
                && (event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_STATEMENT);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (event == Event.BEFORE_EACH_MIGRATE) {
            var migration = context.getMigrationInfo();
            current = migration == null || migration.getVersion() == null
                    ? ""
                    : migration.getVersion().getVersion();
            statements = 0;
        } else if (current.equals(version) && ++statements == afterStatements) {
            System.err.println("coopbrief: fault injected: halting inside migration " + version + " after " + statements
                    + " statement(s)");
            Runtime.getRuntime().halt(137);
        }
    }

    @Override
    public String getCallbackName() {
        return "coopbrief-fault-halt-in-migration";
    }
}
