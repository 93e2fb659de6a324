package org.podquote.speaker;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.podquote.system.WebAddresses;

/** A person who is quoted. */
@Entity
public class Speaker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	/** {@link SpeakerNames#key(String)} of the name: one person per key. */
	@Column(nullable = false, unique = true)
	private String nameKey;

	@ElementCollection
	@CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	/** A picture of the person from a feed's {@code podcast:person img} (http or https), or null. */
	private String imageUrl;

	/** A page about the person from a feed's {@code podcast:person href} (http or https), or null. */
	private String linkUrl;

	protected Speaker() {
	}

	public Speaker(String slug, String name) {
		this.slug = slug;
		this.name = name;
		this.nameKey = SpeakerNames.key(name);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getNameKey() {
		return nameKey;
	}

	public Set<String> getAliases() {
		return aliases;
	}

	public String getImageUrl() {
		return imageUrl;
	}

	public String getLinkUrl() {
		return linkUrl;
	}

	/** Keeps what a feed says of the person's picture and page; what is no web address ({@link WebAddresses}) is dropped. */
	public void describe(String image, String link) {
		String picture = WebAddresses.web(image);
		if (picture != null) {
			this.imageUrl = picture;
		}
		String page = WebAddresses.web(link);
		if (page != null) {
			this.linkUrl = page;
		}
	}

	/** Takes the picture and page of a person merged into this one where this one has none. */
	public void describeIfUnknown(String image, String link) {
		if (imageUrl == null) {
			imageUrl = image;
		}
		if (linkUrl == null) {
			linkUrl = link;
		}
	}

	/**
	 * The person under another name: the name key follows; the caller makes sure no one else has it
	 * and gives the slug.
	 */
	public void rename(String newName, String newSlug) {
		this.name = newName;
		this.nameKey = SpeakerNames.key(newName);
		this.slug = newSlug;
	}

}
