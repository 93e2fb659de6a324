package org.podquote.system;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** RFC 4180 CSV, guarded against spreadsheet formulas in quoted text. */
public final class Csv {

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
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		// A cell starting with = + - @ would run as a formula when opened in a spreadsheet.
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
