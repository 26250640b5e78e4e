package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.Target;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The data shipped in input/ loads completely: no row is rejected. */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/bundled-dataset-test")
class BundledDatasetTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("ingestJob")
    Job ingestJob;

    @Autowired
    IngestSummary summary;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatasetReader dataset;

    @Test
    void theBundledDataLoadsWithZeroRejects() throws Exception {
        jobs.setJob(ingestJob);
        Path input = Path.of("input").toAbsolutePath();

        JobExecution execution = new TestInputs.Launcher(jobs).run(input);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long instance = execution.getJobInstance().getInstanceId();
        assertThat(summary.rejects(instance)).isEmpty();
        for (String file : TestInputs.FILES) {
            assertThat(summary.counts(instance))
                    .filteredOn(c -> c.file().equals(file))
                    .singleElement()
                    .satisfies(c -> assertThat(c.loaded()).as(file).isEqualTo(TestInputs.records(input, file)));
        }
        assertThat(jdbc.queryForObject("select count(*) from figure", Integer.class))
                .isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from event", Integer.class))
                .isGreaterThan(200);
        assertThat(jdbc.queryForObject("select name_ru from entity where code = 'GE'", String.class))
                .isEqualTo("Грузия");

        // every English text has its Russian text, read back through the dataset reader
        assertThat(dataset.events()).allSatisfy(e -> {
            assertThat(e.titleRu()).as(e.id()).isNotBlank();
            assertThat(e.placeRu() == null).as(e.id() + " place_ru").isEqualTo(e.place() == null);
        });
        assertThat(dataset.targets()).allSatisfy(t -> {
            assertThat(t.textRu()).as(t.id()).isNotBlank();
            assertThat(t.itemRu() == null).as(t.id() + " item_ru").isEqualTo(t.item() == null);
        });
        assertThat(dataset.targets().stream().filter(t -> t.item() != null))
                .extracting(Target::id, Target::itemRu)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T018", "строительные материалы"),
                        org.assertj.core.groups.Tuple.tuple("T040", "фармацевтические предприятия"),
                        org.assertj.core.groups.Tuple.tuple("T041", "совместные научные лаборатории"));
        // the reports word an item, a figure's or a target's, by this map
        assertThat(dataset.russianItems())
                .containsEntry("butter", "сливочное масло")
                .containsEntry("construction materials", "строительные материалы")
                .containsEntry("pharmaceutical enterprises", "фармацевтические предприятия")
                .containsEntry("joint research laboratories", "совместные научные лаборатории");
        assertThat(dataset.sources())
                .allSatisfy(s -> assertThat(s.titleRu() == null).as(s.id()).isEqualTo(s.title() == null));
        assertThat(dataset.figures())
                .allSatisfy(f -> assertThat(f.noteRu() == null).as(f.id()).isEqualTo(f.note() == null));
        assertThat(dataset.figures()).allSatisfy(f -> {
            assertThat(f.itemRu() == null).as(f.id() + " item_ru").isEqualTo(f.item() == null);
            assertThat(f.growthTextRu() == null).as(f.id() + " growth_text_ru").isEqualTo(f.growth() == null);
        });
        assertThat(dataset.events())
                .allSatisfy(e ->
                        assertThat(e.noteRu() == null).as(e.id() + " note_ru").isEqualTo(e.note() == null));
        assertThat(dataset.rates()).allSatisfy(r -> {
            assertThat(r.sourceRu()).as(r.currency() + " " + r.year()).isNotBlank();
            assertThat(r.noteRu() == null).as(r.currency() + " " + r.year()).isEqualTo(r.note() == null);
        });
        Event kostanay = dataset.events().stream()
                .filter(e -> e.id().equals("E0377"))
                .findFirst()
                .orElseThrow();
        assertThat(kostanay.placeRu()).isEqualTo("Костанай, Казахстан");
        Target dushanbe = dataset.targets().stream()
                .filter(t -> t.id().equals("T053"))
                .findFirst()
                .orElseThrow();
        assertThat(dushanbe.textRu()).contains("2019 г.", "трёхсот");
        Source fn3 = dataset.sources().stream()
                .filter(s -> s.id().equals("B0-FN3"))
                .findFirst()
                .orElseThrow();
        assertThat(fn3.titleRu()).startsWith("Итоги заседания Совета глав правительств СНГ");
    }
}
