package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopbrief.CoopbriefTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --partners GE,KZ} on the bundled data: the overall briefing's events are those of the
 * selected partners only (their count in the summary and the events section, their list), and only
 * the selected partners get a briefing.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/partner-selection-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSelectionBriefingTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @Autowired
    JdbcTemplate jdbc;

    private BundledBriefings run;

    @BeforeAll
    void runThePipelineForGeorgiaAndKazakhstan() throws Exception {
        run = BundledBriefings.run(jobs, pipelineJob, "target/test-reports/partner-selection-test", "en", "GE,KZ");
    }

    @AfterAll
    void closeThePdfs() {
        run.close();
    }

    private static final String INSIDE = "with recursive inside(code, root) as (select code, code from entity"
            + " where code in ('BY', 'GE', 'KZ') union all select e.code, i.root from entity e join inside i"
            + " on e.parent = i.code)";

    /** Worked out in SQL: events of the window with a party inside Belarus and one inside Georgia or Kazakhstan. */
    private int selectedEvents() {
        return jdbc.queryForObject(
                INSIDE + " select count(*) from event e where e.first_day between date '2020-01-01'"
                        + " and date '2021-12-31'"
                        + " and exists (select 1 from inside i where i.root = 'BY'"
                        + " and ';' || e.parties || ';' like '%;' || i.code || ';%')"
                        + " and exists (select 1 from inside i where i.root in ('GE', 'KZ')"
                        + " and ';' || e.parties || ';' like '%;' || i.code || ';%')",
                Integer.class);
    }

    private int allEvents() {
        return jdbc.queryForObject(
                "select count(*) from event where first_day between date '2020-01-01' and date '2021-12-31'",
                Integer.class);
    }

    @Test
    void theBriefingCountsAndListsOnlyTheSelectedPartnersEvents() {
        int selected = selectedEvents();
        assertThat(selected)
                .as("the bundled data has such events, and fewer than all")
                .isPositive();
        assertThat(selected).isLessThan(allEvents());
        PdfReadBack pdf = run.overall("en");
        String summary = pdf.text(2).replaceAll("\\s*\\R\\s*", " ");
        assertThat(summary)
                .contains((selected == 1 ? "1 event was" : selected + " events were")
                        + " recorded from 1 January 2020 to 31 December 2021");
        int page = pdf.bookmarks().stream()
                .filter(b -> b.title().equals("Recent events"))
                .findFirst()
                .orElseThrow()
                .page();
        String events = (pdf.text(page) + " " + pdf.text(page + 1)).replaceAll("\\s*\\R\\s*", " ");
        assertThat(events).contains(selected + " events from 1 January 2020 to 31 December 2021");
    }

    @Test
    void onlyTheSelectedPartnersGetABriefing() {
        assertThat(run.folder().resolve("partners").resolve("GE-" + run.period() + "-en.pdf"))
                .exists();
        assertThat(run.folder().resolve("partners").resolve("UZ-" + run.period() + "-en.pdf"))
                .doesNotExist();
    }
}
