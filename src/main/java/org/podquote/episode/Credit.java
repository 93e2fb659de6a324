package org.podquote.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.podquote.speaker.Speaker;

/** A speaker's role on an episode (host, guest, author, narrator…). */
@Entity
public class Credit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "episode_id")
	private Episode episode;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "speaker_id")
	private Speaker speaker;

	/** As the source wrote it; shown through {@link org.podquote.speaker.Roles#display}. */
	@Column(nullable = false)
	private String role;

	/** The role's group as the source wrote it ({@code cast}, {@code writing}); null when it gave none. */
	// not "group", a word of the query language
	@Column(name = "role_group")
	private String roleGroup;

	protected Credit() {
	}

	public Credit(Episode episode, Speaker speaker, String role) {
		this(episode, speaker, role, null);
	}

	public Credit(Episode episode, Speaker speaker, String role, String group) {
		this.episode = episode;
		this.speaker = speaker;
		this.role = role;
		this.roleGroup = group;
	}

	public Long getId() {
		return id;
	}

	public Episode getEpisode() {
		return episode;
	}

	public Speaker getSpeaker() {
		return speaker;
	}

	public String getRole() {
		return role;
	}

	public String getGroup() {
		return roleGroup;
	}

}
