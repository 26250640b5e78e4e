package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.coopbrief.analysis.RunSnapshot.SeenEvent;
import org.coopbrief.analysis.RunSnapshot.SeenFigure;
import org.coopbrief.analysis.RunSnapshot.SeenFinding;
import org.coopbrief.analysis.RunSnapshot.SeenTarget;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;

/** The changes between what two runs saw, without Spring or a database. */
class ChangeCalculatorTest {

    static SeenFigure figure(String id, String partner, String period, String value, Qualifier q) {
        return new SeenFigure(
                id,
                "BY",
                partner,
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.parse(period),
                value == null ? null : new BigDecimal(value),
                Unit.USD_M,
                q);
    }

    static SeenTarget target(String id, String value, String deadline, TargetStatus status) {
        return new SeenTarget(
                id,
                "BY",
                "GE",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                "reach $" + value + " million",
                null,
                new BigDecimal(value),
                Unit.USD_M,
                null,
                null,
                deadline,
                Qualifier.EXACT,
                status);
    }

    static SeenEvent event(String id) {
        return new SeenEvent(id, PartialDate.parse("2020-05-01"), EventType.VISIT, List.of("BY", "GE"), "Visit", null);
    }

    static SeenFinding finding(String id) {
        return new SeenFinding(
                id, FindingKind.FLOW_SUM, "BY", "GE", Indicator.TURNOVER, Scope.GOODS, null, Period.parse("2020"));
    }

    static RunSnapshot snapshot(
            long run,
            List<SeenFigure> figures,
            List<SeenTarget> targets,
            List<SeenEvent> events,
            List<SeenFinding> findings) {
        return new RunSnapshot(
                run,
                "BY",
                LocalDate.of(2021, 6, 30),
                Period.year(2020),
                LocalDate.of(2021, 7, 1),
                figures,
                targets,
                events,
                findings);
    }

    @Test
    void sameSnapshotsHaveNoChanges() {
        RunSnapshot s = snapshot(
                1,
                List.of(figure("F1", "GE", "2020", "10.0", Qualifier.EXACT)),
                List.of(target("T1", "200", "2025", TargetStatus.ON_TRACK)),
                List.of(event("E1")),
                List.of(finding("flow_sum:F1")));
        assertThat(ChangeCalculator.between(s, s)).isEmpty();
    }

    @Test
    void aValueWrittenWithOtherDigitsIsNotARevision() {
        RunSnapshot before = snapshot(
                1, List.of(figure("F1", "GE", "2020", "10.0", Qualifier.EXACT)), List.of(), List.of(), List.of());
        RunSnapshot after = snapshot(
                2, List.of(figure("F9", "GE", "2020", "10", Qualifier.EXACT)), List.of(), List.of(), List.of());
        assertThat(ChangeCalculator.between(before, after)).isEmpty();
    }

    @Test
    void listsNewRevisedAndWithdrawnFiguresByTheirKeyNotTheirId() {
        RunSnapshot before = snapshot(
                1,
                List.of(
                        figure("F1", "GE", "2019", "10", Qualifier.EXACT),
                        figure("F2", "GE", "2020", "12", Qualifier.EXACT),
                        figure("F3", "KZ", "2020", "30", Qualifier.EXACT),
                        figure("F4", "AF", "2020", "5", Qualifier.EXACT)),
                List.of(),
                List.of(),
                List.of());
        RunSnapshot after = snapshot(
                2,
                List.of(
                        figure("F1", "GE", "2019", "11", Qualifier.EXACT), // revised value
                        figure("F2", "GE", "2020", "12", Qualifier.ABOUT), // revised qualifier
                        figure("F7", "AF", "2020", "5", Qualifier.EXACT), // renumbered, same number
                        figure("F8", "UZ", "2020", "7", Qualifier.EXACT)), // new
                List.of(),
                List.of(),
                List.of());

        List<ChangeRow> rows = ChangeCalculator.between(before, after);

        assertThat(rows)
                .extracting(ChangeRow::kind, ChangeRow::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.NEW_FIGURE, "F8"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REVISED_FIGURE, "F1"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REVISED_FIGURE, "F2"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.WITHDRAWN_FIGURE, "F3"));
        ChangeRow value = rows.get(1);
        assertThat(value.before().amount()).isEqualByComparingTo("10");
        assertThat(value.after().amount()).isEqualByComparingTo("11");
        ChangeRow qualifier = rows.get(2);
        assertThat(qualifier.before().qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(qualifier.after().qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(rows.get(3).after()).isNull();
        assertThat(rows.get(3).before().amount()).isEqualByComparingTo("30");
    }

    @Test
    void listsNewAndChangedTargetsAndStatusChangesApart() {
        RunSnapshot before = snapshot(
                1,
                List.of(),
                List.of(
                        target("T1", "200", "2025", TargetStatus.ON_TRACK),
                        target("T2", "100", "2022", TargetStatus.ON_TRACK)),
                List.of(),
                List.of());
        RunSnapshot after = snapshot(
                2,
                List.of(),
                List.of(
                        target("T1", "200", "2025", TargetStatus.AT_RISK),
                        target("T2", "150", "2023", TargetStatus.ON_TRACK),
                        target("T3", "50", null, TargetStatus.OPEN)),
                List.of(),
                List.of());

        List<ChangeRow> rows = ChangeCalculator.between(before, after);

        assertThat(rows)
                .extracting(ChangeRow::kind, ChangeRow::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.NEW_TARGET, "T3"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED_TARGET, "T2"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.TARGET_STATUS, "T1"));
        assertThat(rows.get(1).before().deadline()).isEqualTo("2022");
        assertThat(rows.get(1).after().deadline()).isEqualTo("2023");
        assertThat(rows.get(2).before().status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(rows.get(2).after().status()).isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void listsNewEventsAndNewFindingsOnly() {
        RunSnapshot before =
                snapshot(1, List.of(), List.of(), List.of(event("E1"), event("E2")), List.of(finding("a")));
        RunSnapshot after = snapshot(2, List.of(), List.of(), List.of(event("E1"), event("E3")), List.of(finding("b")));

        assertThat(ChangeCalculator.between(before, after))
                .extracting(ChangeRow::kind, ChangeRow::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.NEW_EVENT, "E3"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.NEW_FINDING, "b"));
    }

    @Test
    void aFiguresItemIsWordedInRussianInTheRussianPoints() {
        RunSnapshot before = snapshot(1, List.of(), List.of(), List.of(), List.of());
        SeenFigure butter = new SeenFigure(
                "F9",
                "BY",
                "GE",
                Indicator.EXPORTS,
                Scope.AGRIFOOD,
                "butter",
                Period.parse("2020"),
                new BigDecimal("3"),
                Unit.USD_M,
                Qualifier.EXACT);
        RunSnapshot after = snapshot(2, List.of(butter), List.of(), List.of(), List.of());
        List<org.coopbrief.dataset.Entity> entities = List.of(new org.coopbrief.dataset.Entity(
                "GE", "Georgia", "Грузия", org.coopbrief.dataset.EntityKind.COUNTRY, null, true));

        Changes changes = Changes.between(before, after, entities, java.util.Map.of("butter", "сливочное масло"));

        assertThat(changes.points(org.coopbrief.localisation.Language.EN))
                .singleElement()
                .asString()
                .contains(": butter")
                .doesNotContain("сливочное");
        assertThat(changes.points(org.coopbrief.localisation.Language.RU))
                .singleElement()
                .asString()
                .contains(": сливочное масло")
                .doesNotContain("butter");
        // a partner's list keeps the words of the items
        assertThat(changes.concerning("GE").points(org.coopbrief.localisation.Language.RU))
                .singleElement()
                .asString()
                .contains("сливочное масло");
    }

    @Test
    void thePointsAreWordedInEachLanguageWithPlurals() {
        RunSnapshot before = snapshot(
                1, List.of(figure("F1", "GE", "2020", "12", Qualifier.EXACT)), List.of(), List.of(), List.of());
        RunSnapshot after = snapshot(
                2,
                List.of(
                        figure("F1", "GE", "2020", "12.5", Qualifier.ABOUT),
                        figure("F2", "GE", "2019", "11", Qualifier.EXACT)),
                List.of(),
                List.of(),
                List.of());
        List<org.coopbrief.dataset.Entity> entities = List.of(
                new org.coopbrief.dataset.Entity(
                        "BY", "Belarus", "Беларусь", org.coopbrief.dataset.EntityKind.COUNTRY, null, true),
                new org.coopbrief.dataset.Entity(
                        "GE", "Georgia", "Грузия", org.coopbrief.dataset.EntityKind.COUNTRY, null, true));

        Changes changes = Changes.between(before, after, entities);

        assertThat(changes.intro(org.coopbrief.localisation.Language.EN))
                .isEqualTo("Compared with the briefing of 1 July 2021 (run 1, data as of 30 June 2021): 2 changes.");
        assertThat(changes.points(org.coopbrief.localisation.Language.EN))
                .containsExactly(
                        "New figure: Georgia, Turnover, goods, 2019: 11 USD million.",
                        "Revised: Georgia, Turnover, goods, 2020: about 12.5 USD million (was 12 USD million).");
        assertThat(changes.intro(org.coopbrief.localisation.Language.RU)).endsWith("2 изменения.");
        assertThat(changes.points(org.coopbrief.localisation.Language.RU).get(1))
                .startsWith("Уточнено: Грузия")
                .contains("около 12,5");
        assertThat(changes.points(org.coopbrief.localisation.Language.EN, 1))
                .containsExactly("… and 2 more changes, listed in the workbook’s Changes sheet.");
        assertThat(Changes.first("BY").intro(org.coopbrief.localisation.Language.EN))
                .isEqualTo("This is the first briefing of this series: there is no earlier one to compare it with.");
    }
}
