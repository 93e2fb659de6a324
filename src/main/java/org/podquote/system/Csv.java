package org.podquote.system;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 4180 CSV (Commons CSV does the quoting), guarded against spreadsheet formulas in text.
 */
public final class Csv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

	private Csv() {
	}

	/** Sets the response up as a CSV download named {@code fileName}. */
	public static Writer download(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		return response.getWriter();
	}

	public static void row(Writer out, List<?> cells) throws IOException {
		// not closed: that would close the response's writer; each row flushes what it printed
		CSVPrinter printer = new CSVPrinter(out, FORMAT);
		for (Object cell : cells) {
			printer.print(guard(cell));
		}
		printer.println();
	}

	/** A cell starting with = + - @ would run as a formula when opened in a spreadsheet. */
	static Object guard(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		String text = value.toString();
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
