package org.coopbrief.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading the Python yardstick's output and comparing it with the Java run: no Python needed. */
class PythonPipelineTest {

    private static final List<String> OUTPUT = List.of(
            "imports 1.023 s",
            "read: 262 figures, 53 targets, 382 events, 266 entities, 0 rejects",
            "stage read 0.027 s",
            "analyse: 197 comparisons, 6 year-over-year, 28 partners briefed",
            "stage analyse 0.076 s",
            "  reject: figures.csv line 7, value: 'x'",
            "stage workbook 0.197 s",
            "/work/pipeline.py:340: UserWarning: Tight layout not applied.",
            "stage briefings 12.5 s",
            "stage total 12.8 s");

    @Test
    void readsTheStageLinesInOrderAndIgnoresEverythingElse() {
        Map<String, Double> stages = PythonPipeline.stages(OUTPUT);

        assertThat(stages)
                .containsExactly(
                        Map.entry("read", 0.027),
                        Map.entry("analyse", 0.076),
                        Map.entry("workbook", 0.197),
                        Map.entry("briefings", 12.5),
                        Map.entry("total", 12.8));
    }

    @Test
    void ignoresLinesThatOnlyLookLikeStages() {
        Map<String, Double> stages = PythonPipeline.stages(List.of(
                "stage read", "stage read fast s", "stage read 1.5", "backstage read 1.5 s", "  stage read 2 s  "));

        assertThat(stages).containsExactly(Map.entry("read", 2.0));
    }

    @Test
    void theRatioIsPythonsWholeWallTimeOverJavas() {
        PythonPipeline.Result result = new PythonPipeline.Result(PythonPipeline.stages(OUTPUT), 14.0, 0);

        assertThat(result.total()).isEqualTo(12.8);
        assertThat(result.ratioTo(4.0)).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void noRatioWhenPythonFailedOrJavaTookNoTime() {
        assertThat(new PythonPipeline.Result(Map.of(), 3.0, 1).ratioTo(4.0)).isNull();
        assertThat(new PythonPipeline.Result(Map.of(), 3.0, 0).ratioTo(0.0)).isNull();
    }

    @Test
    void withoutATotalLineTheTotalIsTheWallTime() {
        PythonPipeline.Result result =
                new PythonPipeline.Result(PythonPipeline.stages(List.of("stage read 0.5 s")), 2.5, 0);

        assertThat(result.total()).isEqualTo(2.5);
    }

    @Test
    void thePythonWholeRunLineCarriesTheRatioToJavaInTheCsvRatioColumn() {
        // as Benchmark writes it: the Java whole run's seconds in the floor column
        Benchmark.Line line = new Benchmark.Line(
                100, "python whole run", 90.0, 22_115, "figures", -1, -1, 30.0, 22_115L, "COMPLETED");

        assertThat(line.ratio()).isCloseTo(3.0, within(1e-9));
    }
}
