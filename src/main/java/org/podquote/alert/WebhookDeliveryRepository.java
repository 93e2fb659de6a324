package org.podquote.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WebhookDeliveryRepository extends Repository<WebhookDelivery, Long> {

	WebhookDelivery save(WebhookDelivery delivery);

	Optional<WebhookDelivery> findById(long id);

	@Query("select d.id from WebhookDelivery d where d.status = org.podquote.alert.WebhookDelivery.Status.PENDING "
			+ "and d.nextAttemptAt <= :now order by d.id")
	List<Long> findDue(Instant now);

	@Query("select d from WebhookDelivery d where d.savedSearchId = :savedSearchId order by d.id desc")
	List<WebhookDelivery> findLatest(long savedSearchId, Pageable pageable);

}
