package org.coopbrief.cli;

import org.coopbrief.system.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code coopbrief --version}: the build's version, without starting the application. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"coopbrief " + Version.current()};
    }
}
