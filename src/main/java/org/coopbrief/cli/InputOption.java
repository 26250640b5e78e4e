package org.coopbrief.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --input option shared by the commands that load data. */
class InputOption {

    @Option(
            names = "--input",
            paramLabel = "DIR",
            description = "Folder with the input CSV files (default: input/ of the installation).")
    Path input;

    /** The folder as an absolute path: relative paths are taken from the current directory. */
    Path resolve(Path defaultDir) {
        return (input == null ? defaultDir : input).toAbsolutePath().normalize();
    }
}
