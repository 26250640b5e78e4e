package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordParserTest {

    private static List<CsvRecord> parse(String text) throws IOException {
        CsvRecordParser parser = new CsvRecordParser(new StringReader(text), "t.csv");
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r; (r = parser.next()) != null; ) {
            records.add(r);
        }
        return records;
    }

    @Test
    void splitsFieldsAndKeepsEmptyOnes() throws IOException {
        List<CsvRecord> records = parse("a,b,c\n1,,3\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).values()).containsExactly("1", "", "3");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = parse("h\n\"Minsk, Belarus\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,x,y\n");
        assertThat(records.get(1).values()).containsExactly("Minsk, Belarus", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line())
                .as("the record after a two-line field starts on line 4")
                .isEqualTo(4);
    }

    @Test
    void acceptsCrLfAndSkipsBlankLinesCountingThem() throws IOException {
        List<CsvRecord> records = parse("h\r\n\r\nx,y\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).values()).containsExactly("x", "y");
    }

    @Test
    void reportsAnUnterminatedQuote() throws IOException {
        List<CsvRecord> records = parse("h\n\"open,x\n");
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted field");
    }

    @Test
    void reportsAStrayQuoteInsideAnUnquotedField() throws IOException {
        assertThat(parse("ab\"c,d\n").get(0).problem()).contains("stray quote");
    }
}
