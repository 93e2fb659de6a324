package org.podquote.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

	private static String row(Object... cells) throws IOException {
		StringWriter out = new StringWriter();
		Csv.row(out, Arrays.asList(cells));
		return out.toString();
	}

	@Test
	void plainCellsAreWrittenAsTheyAreAndRowsEndInCrLf() throws IOException {
		assertThat(row(1, "Sam Marks", "2026-02-25")).isEqualTo("1,Sam Marks,2026-02-25\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuoted() throws IOException {
		assertThat(row("a, b", "say \"hi\"", "two\nlines")).isEqualTo("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void missingValuesAreEmptyCells() throws IOException {
		assertThat(row("x", null, "y")).isEqualTo("x,,y\r\n");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
		for (String formula : List.of("=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)")) {
			assertThat(row(formula)).as(formula).contains("'" + formula.substring(0, 1));
		}
		assertThat(row(-5)).as("a negative number stays a number").isEqualTo("-5\r\n");
	}

}
