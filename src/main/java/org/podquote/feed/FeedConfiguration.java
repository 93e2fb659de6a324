package org.podquote.feed;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration implements WebMvcConfigurer {

	private final MessageSource messages;

	FeedConfiguration(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FeedLinks(messages)).addPathPatterns("/speakers/*", "/podcasts/*", "/search");
	}

}
