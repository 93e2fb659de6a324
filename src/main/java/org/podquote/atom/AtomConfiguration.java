package org.podquote.atom;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AtomConfiguration implements WebMvcConfigurer {

	private final MessageSource messages;

	AtomConfiguration(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AtomLinks(messages)).addPathPatterns("/speakers/*", "/podcasts/*", "/search");
	}

}
