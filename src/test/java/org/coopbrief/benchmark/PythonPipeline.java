package org.coopbrief.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's yardstick ({@code --python}): the pipeline as an analyst would script it with pandas,
 * XlsxWriter, matplotlib and ReportLab ({@code src/test/python/pipeline.py}), run as its own process on
 * the same generated input, with the Java run's reporter, as-of date and languages. Finds (or installs,
 * in a virtual environment under {@code target/}) a Python with those four packages, runs the script,
 * and reads its {@code stage <name> <seconds> s} lines.
 */
final class PythonPipeline {

    static final List<String> MODULES = List.of("pandas", "xlsxwriter", "matplotlib", "reportlab");
    private static final Pattern STAGE = Pattern.compile("^stage (\\S+) (\\d+(?:\\.\\d+)?) s$");

    private final String python;
    private final Path script;

    PythonPipeline(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** What the script printed, and the process's wall time (interpreter start and imports included). */
    record Result(Map<String, Double> stages, double wallSeconds, int exit) {

        /** The script's own total (after its imports), or the wall time when it printed none. */
        double total() {
            return stages.getOrDefault("total", wallSeconds);
        }

        /** Python's whole pipeline over Java's: above 1, Java is that many times faster. */
        Double ratioTo(double javaSeconds) {
            return javaSeconds <= 0 || exit != 0 ? null : wallSeconds / javaSeconds;
        }
    }

    /** The stage lines among the script's output, in order; other lines are ignored. */
    static Map<String, Double> stages(List<String> output) {
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String line : output) {
            Matcher m = STAGE.matcher(line.strip());
            if (m.matches()) {
                stages.put(m.group(1), Double.valueOf(m.group(2)));
            }
        }
        return stages;
    }

    Result run(Path input, Path out, String reporter, String asOf, String langs, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                python, script.toString(), input.toString(), out.toString(), "--langs", langs, "--reporter", reporter));
        if (asOf != null) {
            command.addAll(List.of("--as-of", asOf));
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MPLBACKEND", "Agg");
        builder.environment().put("MPLCONFIGDIR", out.resolve(".matplotlib").toString());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        return new Result(stages(Files.readAllLines(log)), wall, exit);
    }

    /**
     * A Python that imports the four packages: {@code python3} on the path, {@code /usr/bin/python3},
     * or a virtual environment under {@code venvDir}, created and filled with pip if there is none yet.
     * Empty, with the reason printed, when none can be had.
     */
    static Optional<String> find(Path venvDir, java.io.PrintStream print) throws InterruptedException {
        Path venvPython = venvDir.resolve("bin/python");
        for (String candidate : List.of(venvPython.toString(), "python3", "/usr/bin/python3")) {
            if (imports(candidate)) {
                return Optional.of(candidate);
            }
        }
        print.printf(
                "benchmark --python: no python3 imports %s; installing them into %s with pip...%n",
                String.join(", ", MODULES), venvDir);
        List<String> pip = new ArrayList<>(List.of(venvPython.toString(), "-m", "pip", "install", "--quiet"));
        pip.addAll(MODULES);
        if (exec(List.of("python3", "-m", "venv", venvDir.toString()), 300)
                && exec(pip, 1800)
                && imports(venvPython.toString())) {
            return Optional.of(venvPython.toString());
        }
        print.printf(
                "benchmark --python: could not install %s (no python3 with venv and pip, or no network);"
                        + " install them (e.g. apt-get install python3-pandas python3-xlsxwriter python3-matplotlib"
                        + " python3-reportlab, or pip install --user %s) and run again%n",
                String.join(", ", MODULES), String.join(" ", MODULES));
        return Optional.empty();
    }

    private static boolean imports(String python) throws InterruptedException {
        return exec(List.of(python, "-c", "import " + String.join(", ", MODULES)), 120);
    }

    private static boolean exec(List<String> command, long timeoutSeconds) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no such interpreter
        }
    }
}
