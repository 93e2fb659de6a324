package org.podquote.speaker;

import org.podquote.system.NotFoundException;

class SpeakerNotFoundException extends NotFoundException {

	SpeakerNotFoundException(String slug) {
		super("speaker", slug);
	}

}
