package ladakh.crafts.marketplace.sellers.registration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

	@Bean
	PassingPolicy passingPolicy() {
		return new PassingPolicy();
	}

}
