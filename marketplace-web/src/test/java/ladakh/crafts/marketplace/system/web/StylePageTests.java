package ladakh.crafts.marketplace.system.web;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class StylePageTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Test
	void showsEveryComponentFromTheSharedFragments() {
		String html = page("/style");

		assertThat(html).contains("class=\"card product-card\"", "₹1,20,000", "₹2,499.50", "₹24,500")
			.contains("badge badge--verified", "badge badge--artisan", "badge badge--shg", "badge badge--centre")
			.contains("alert alert--info", "alert alert--success", "alert alert--warning", "alert alert--error")
			.contains("button button--primary", "button button--secondary", "button button--danger")
			.contains("button--small", "button--large", "class=\"table-scroll\"", "class=\"empty-state\"")
			.contains("swatch--maroon", "swatch--lapis", "swatch--turquoise");
	}

	@Test
	void anInvalidFieldIsTiedToItsHintAndErrorForScreenReaders() {
		String html = page("/style");

		assertThat(html).contains("class=\"field field--invalid\"")
			.contains("id=\"sample-phone-hint\"")
			.contains("id=\"sample-phone-error\"")
			.contains("aria-describedby=\"sample-phone-hint sample-phone-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("<label class=\"field__label\" for=\"sample-phone\">Mobile number</label>")
			.as("a valid field without a hint has neither")
			.containsPattern("id=\"sample-name\" name=\"name\" type=\"text\" value=\"Tsering Dolma\">");
	}

	@Test
	void speaksHindi() {
		assertThat(page("/style?lang=hi")).contains("<html lang=\"hi\"", "शैली मार्गदर्शिका", "पंजीकृत विक्रेता",
				"10 अंकों का मोबाइल नंबर लिखें");
	}

	private String page(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
