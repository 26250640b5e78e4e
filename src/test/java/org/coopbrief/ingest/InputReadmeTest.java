package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** input/README.md stays true: the row counts it gives are the files' row counts. */
class InputReadmeTest {

    @Test
    void theCountsPerFileMatchTheFiles() throws IOException {
        Path input = Path.of("input");
        String readme = Files.readString(input.resolve("README.md"));
        for (String file : TestInputs.FILES) {
            Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(file) + " \\| (\\d+) \\|")
                    .matcher(readme);
            assertThat(m.find())
                    .as("a count for " + file + " in input/README.md")
                    .isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(file).isEqualTo(TestInputs.records(input, file));
        }
    }

    @Test
    void theColumnsGivenForEachFileAreItsHeader() throws IOException {
        Path input = Path.of("input");
        String readme = Files.readString(input.resolve("README.md"));
        for (String file : TestInputs.FILES) {
            Matcher m = Pattern.compile("(?m)^## " + Pattern.quote(file) + "\\n`([^`]+)`")
                    .matcher(readme);
            assertThat(m.find())
                    .as("the columns of " + file + " in input/README.md")
                    .isTrue();
            String header = Files.readAllLines(input.resolve(file)).get(0);
            assertThat(m.group(1)).as(file).isEqualTo(header);
        }
    }
}
