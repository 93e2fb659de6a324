package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One index per order of a show's episode list ({@code ShowOrder}: number or date, highest or
 * lowest first), each led by the show, so that a page of a show of thousands of episodes is read in
 * index order instead of sorting every episode of the show on each view.
 * <p>
 * On H2 each index holds every column the list shows (slug, title, duration): H2 reads an index
 * in order only when it covers the query, and otherwise picks the plain index on the show and
 * sorts. PostgreSQL reads in order without that, and a title of 1,000 characters of another script
 * could pass the size of one index entry there, so its indexes end on the id and PostgreSQL sorts
 * only the ties of a page (an incremental sort). Written in Java for that one difference; each
 * statement is plain SQL.
 */
public class V18__ShowOrders extends BaseJavaMigration {

	/** name, then the order's keys: the same as ShowOrder's sorts, after the show. */
	private static final String[][] ORDERS = {
			{ "ix_episode_show_number", "number desc nulls last, published_on desc nulls last", "id desc" },
			{ "ix_episode_show_number_asc", "number asc nulls last, published_on asc nulls last", "id asc" },
			{ "ix_episode_show_date", "published_on desc nulls last, number desc nulls last", "id desc" },
			{ "ix_episode_show_date_asc", "published_on asc nulls last, number asc nulls last", "id asc" } };

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		try (Statement ddl = connection.createStatement()) {
			for (String[] order : ORDERS) {
				String columns = h2 ? order[1] + ", title, " + order[2] + ", slug, duration_seconds"
						: order[1] + ", " + order[2];
				ddl.execute("create index " + order[0] + " on episode (podcast_id, " + columns + ")");
			}
		}
	}

}
