package org.podquote.alert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SavedSearchRepository extends Repository<SavedSearch, Long> {

	SavedSearch save(SavedSearch search);

	Optional<SavedSearch> findById(long id);

	@Query("select s from SavedSearch s order by lower(s.name), s.id")
	List<SavedSearch> findAllInOrder();

	void delete(SavedSearch search);

}
