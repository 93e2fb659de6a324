package org.podquote.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SubscriptionRepository extends Repository<Subscription, Long> {

	Subscription save(Subscription subscription);

	Optional<Subscription> findById(long id);

	Optional<Subscription> findByFeedUrl(String feedUrl);

	@Query("select s from Subscription s order by lower(coalesce(s.title, s.feedUrl)), s.id")
	List<Subscription> findAllInOrder();

	@Query("select s.id from Subscription s where s.nextCheckAt <= :now order by s.nextCheckAt, s.id")
	List<Long> findDue(Instant now);

	void delete(Subscription subscription);

	long count();

}
