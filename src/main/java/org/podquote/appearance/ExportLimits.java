package org.podquote.appearance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a CSV download may cost: anyone may ask for one, so each is bounded.
 *
 * @param maxRows the most quotes a search's CSV holds (at most the 10,000 a search can reach)
 * @param perClient downloads one client address may have running at once
 * @param concurrent downloads the server runs at once, whoever asks
 */
@ConfigurationProperties("podquote.export")
public record ExportLimits(@DefaultValue("10000") int maxRows, @DefaultValue("1") int perClient,
		@DefaultValue("4") int concurrent) {

	public ExportLimits {
		if (maxRows < 1 || perClient < 1 || concurrent < 1) {
			throw new IllegalArgumentException("podquote.export needs max-rows, per-client and concurrent of 1 or more, not "
					+ maxRows + ", " + perClient + ", " + concurrent);
		}
	}

}
