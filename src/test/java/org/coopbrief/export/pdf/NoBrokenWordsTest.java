package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coopbrief.CoopbriefTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every briefing of a run on the bundled data, in both languages, read back line by line: no word
 * is broken across lines without a hyphen, in a table cell or anywhere else.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/no-broken-words-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class NoBrokenWordsTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    private BundledBriefings run;

    @BeforeAll
    void runThePipelineOnTheBundledDataInBothLanguages() throws Exception {
        run = BundledBriefings.run(jobs, pipelineJob, "target/test-reports/no-broken-words-test", "en,ru");
    }

    @AfterAll
    void closeThePdfs() {
        run.close();
    }

    @Test
    void noBriefingInEitherLanguageBreaksAWordWithoutAHyphen() throws IOException {
        BrokenWords finder = new BrokenWords(knownTexts());
        List<Path> files = new ArrayList<>(run.partnerFiles());
        files.add(run.folder().resolve("coopbrief-briefing-" + run.period() + "-en.pdf"));
        files.add(run.folder().resolve("coopbrief-briefing-" + run.period() + "-ru.pdf"));
        assertThat(files).hasSizeGreaterThan(20);

        List<String> breaks = new ArrayList<>();
        for (Path file : files) {
            finder.in(run.open(file).document()).forEach(b -> breaks.add(file.getFileName() + " " + b));
        }
        assertThat(breaks).isEmpty();
    }

    /** The words a reader knows: those of the data and of the messages the briefings are written with. */
    static List<String> knownTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> inputs = Files.list(Path.of("input"));
                Stream<Path> messages = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : Stream.concat(inputs, messages).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
