package org.coopbrief.ingest;

import java.util.List;

import org.springframework.stereotype.Component;

/** The input files in load order: a file may refer only to files before it. */
@Component
class DatasetFiles {

    private final List<DatasetFile<?>> files = List.of(
            new EntityFile(),
            new SourceFile(),
            new ExchangeRateFile(),
            new FigureFile(),
            new TargetFile(),
            new EventFile());

    List<DatasetFile<?>> inLoadOrder() {
        return files;
    }

    DatasetFile<?> forStep(String stepName) {
        return files.stream()
                .filter(f -> f.stepName().equals(stepName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input file is loaded by step " + stepName));
    }
}
