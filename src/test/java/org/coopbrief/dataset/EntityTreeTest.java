package org.coopbrief.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EntityTreeTest {

    private static EntityTree tree() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("BY", null);
        parents.put("BY-HM", "BY");
        parents.put("CO-MTZ", "BY-HM");
        parents.put("RU", null);
        parents.put("RU-STA", "RU");
        parents.put("LOOP-A", "LOOP-B");
        parents.put("LOOP-B", "LOOP-A");
        return new EntityTree(parents);
    }

    @Test
    void anEntityHoldsItselfAndEverythingBelowItInFileOrder() {
        assertThat(tree().within("BY")).containsExactly("BY", "BY-HM", "CO-MTZ");
        assertThat(tree().within("BY-HM")).containsExactly("BY-HM", "CO-MTZ");
        assertThat(tree().within("RU-STA")).containsExactly("RU-STA");
    }

    @Test
    void unknownCodesHoldNothingAndACycleEndsAChain() {
        assertThat(tree().within("XX")).isEmpty();
        assertThat(tree().knows("XX")).isFalse();
        assertThat(tree().within("LOOP-A")).containsExactlyInAnyOrder("LOOP-A", "LOOP-B");
    }

    @Test
    void severalCodesHoldWhatEachOfThemHoldsFoundInOnePass() {
        assertThat(tree().withinAny(Set.of("BY-HM", "RU", "XX"))).containsExactly("BY-HM", "CO-MTZ", "RU", "RU-STA");
        assertThat(tree().withinAny(Set.of("LOOP-A"))).containsExactlyInAnyOrder("LOOP-A", "LOOP-B");
        assertThat(tree().withinAny(Set.of())).isEmpty();
    }
}
