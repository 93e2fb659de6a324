package org.podquote.speaker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			host                 | Host
			HOST                 | Host
			cohost               | Co-Host
			co_host              | Co-Host
			Co Host              | Co-Host
			co-host              | Co-Host
			guest host           | Guest Host
			guest-host           | Guest Host
			cover art designer   | Cover Art Designer
			translater           | Translator
			Producer             | Producer
			narrator             | Narrator
			sound guy            | Sound Guy
			SOUND_GUY            | Sound Guy
			resident-skeptic     | Resident Skeptic
			""")
	void showsTaxonomyRolesInTheTaxonomysSpellingAndOthersTitleCased(String written, String shown) {
		assertThat(Roles.display(written)).isEqualTo(shown);
	}

	@Test
	void knowsTheGroupOfEachTaxonomyRole() {
		assertThat(Roles.of("co_host")).isEqualTo(new Roles.Role("Co-Host", "Cast"));
		assertThat(Roles.of("editor").group()).isEqualTo("Writing");
		assertThat(Roles.of("audio engineer").group()).isEqualTo("Audio Production");
		assertThat(Roles.of("sound guy")).isNull();
		assertThat(Roles.known("Guest")).isTrue();
		assertThat(Roles.known("Ireland")).isFalse();
		assertThat(Roles.displayGroup("audio post-production")).isEqualTo("Audio Post-Production");
		assertThat(Roles.displayGroup("cast")).isEqualTo("Cast");
		assertThat(Roles.displayGroup("misc")).isEqualTo("Misc.");
		assertThat(Roles.display(" ")).isNull();
	}

}
