package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;

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
	 * @return the saved policy; a {@link Refusal} naming the fields at fault
	 */
	public Mono<SellerPolicy> save(String sellerId, String days, String text) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		int window = -1;
		try {
			window = Integer.parseInt((days != null) ? days.strip() : "");
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (window < 0 || window > SellerPolicy.MAX_RETURN_WINDOW_DAYS) {
			problems.add(new Refusal.FieldProblem("returnWindowDays", "policy.error.days"));
		}
		String cleaned = (text != null && !text.isBlank()) ? text.strip() : null;
		if (cleaned != null && cleaned.length() > SellerPolicy.MAX_TEXT) {
			problems.add(new Refusal.FieldProblem("text", "policy.error.text"));
		}
		if (!problems.isEmpty()) {
			return Mono.error(Refusal.invalid("orders.error.fields", problems,
					String.join(", ", problems.stream().map(Refusal.FieldProblem::field).toList())));
		}
		int saved = window;
		return this.policies.save(sellerId, saved, cleaned, this.clock.instant())
			.thenReturn(new SellerPolicy(sellerId, saved, cleaned, true));
	}

}
