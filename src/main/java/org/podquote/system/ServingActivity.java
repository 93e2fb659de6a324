package org.podquote.system;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether the app is serving requests: how many are in flight and when the last one ended, kept by
 * this filter in front of every request. Background work that competes with the pages for the same
 * cores (the meaning backfill) asks {@link #quietFor} and gives way.
 */
@Component
public class ServingActivity extends OncePerRequestFilter {

	private final AtomicInteger inFlight = new AtomicInteger();

	private final LongSupplier nanos;

	/** When the last request ended ({@link System#nanoTime}); none yet: {@link Long#MIN_VALUE}. */
	private volatile long lastEnded = Long.MIN_VALUE;

	public ServingActivity() {
		this(System::nanoTime);
	}

	ServingActivity(LongSupplier nanos) {
		this.nanos = nanos;
	}

	/** Whether no request is in flight and none has ended within {@code quiet}. */
	public boolean quietFor(Duration quiet) {
		long ended = lastEnded;
		return inFlight.get() == 0 && (ended == Long.MIN_VALUE || nanos.getAsLong() - ended >= quiet.toNanos());
	}

	void started() {
		inFlight.incrementAndGet();
	}

	void ended() {
		lastEnded = nanos.getAsLong();
		inFlight.decrementAndGet();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		started();
		try {
			chain.doFilter(request, response);
		}
		finally {
			ended();
		}
	}

}
