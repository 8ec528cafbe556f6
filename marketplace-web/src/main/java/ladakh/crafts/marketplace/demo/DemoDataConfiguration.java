package ladakh.crafts.marketplace.demo;

import ladakh.crafts.demo.CraftPhotoPainter;
import ladakh.crafts.demo.DemoDataGenerator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataConfiguration {

	@Bean
	DemoDataGenerator demoDataGenerator() {
		return new DemoDataGenerator();
	}

	@Bean
	CraftPhotoPainter craftPhotoPainter() {
		return new CraftPhotoPainter();
	}

}
