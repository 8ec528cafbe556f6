package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Each seller's returns policy ({@code seller_policies}, one document per seller, keyed
 * by the seller id), with defaults when unset.
 */
@Service
public class SellerPolicies {

	private final SellerPolicyRepository policies;

	private final Clock clock;

	SellerPolicies(SellerPolicyRepository policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/** The seller's policy, or the defaults. */
	public Mono<SellerPolicy> of(String sellerId) {
		return this.policies.find(sellerId).defaultIfEmpty(SellerPolicy.defaults(sellerId));
	}

	/**
	 * Saves the seller's policy.
	 * @param days the return window as typed
	 * @param text the policy text, may be blank
	 * @return the saved policy; {@link InvalidPolicy} with the fields at fault
	 */
	public Mono<SellerPolicy> save(String sellerId, String days, String text) {
		Map<String, String> errors = new LinkedHashMap<>();
		int window = -1;
		try {
			window = Integer.parseInt((days != null) ? days.strip() : "");
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (window < 0 || window > SellerPolicy.MAX_RETURN_WINDOW_DAYS) {
			errors.put("returnWindowDays", "policy.error.days");
		}
		String cleaned = (text != null && !text.isBlank()) ? text.strip() : null;
		if (cleaned != null && cleaned.length() > SellerPolicy.MAX_TEXT) {
			errors.put("text", "policy.error.text");
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidPolicy(errors));
		}
		int saved = window;
		return this.policies.save(sellerId, saved, cleaned, this.clock.instant())
			.thenReturn(new SellerPolicy(sellerId, saved, cleaned, true));
	}

	/** A policy form with fields at fault: field name → message code. */
	public static class InvalidPolicy extends RuntimeException {

		private final Map<String, String> errors;

		InvalidPolicy(Map<String, String> errors) {
			super("invalid policy " + errors.keySet());
			this.errors = Map.copyOf(errors);
		}

		public Map<String, String> errors() {
			return this.errors;
		}

	}

}
