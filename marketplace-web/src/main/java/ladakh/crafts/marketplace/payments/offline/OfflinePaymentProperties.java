package ladakh.crafts.marketplace.payments.offline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code marketplace.payments.offline.*}: where buyers pay the department. Public details
 * only (no secrets); the defaults are demo values.
 */
@ConfigurationProperties("marketplace.payments.offline")
public record OfflinePaymentProperties(@DefaultValue("Handicrafts Department, UT Ladakh") String payee,
		@DefaultValue("State Bank of India, Leh Main Branch") String bankName,
		@DefaultValue("00000011122233") String bankAccount, @DefaultValue("SBIN0001234") String ifsc,
		@DefaultValue("handicrafts.ladakh@sbi") String upiId,
		@DefaultValue("Handicrafts Department counter, Leh (Mon-Sat 10:00-16:00); Kargil office counter") String counter) {

}
