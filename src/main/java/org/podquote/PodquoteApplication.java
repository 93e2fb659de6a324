package org.podquote;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PodquoteApplication {

	public static void main(String[] args) {
		SpringApplication.run(PodquoteApplication.class, args);
	}

}
