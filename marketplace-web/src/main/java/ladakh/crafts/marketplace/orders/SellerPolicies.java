package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Each seller's returns policy and shipping rule ({@code seller_policies}, one document
 * per seller, keyed by the seller id), with defaults when unset.
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

	/** The seller's shipping rule, or the defaults. */
	public Mono<ShippingRule> shipping(String sellerId) {
		return this.policies.shipping(sellerId).defaultIfEmpty(ShippingRule.defaults(sellerId));
	}

	/**
	 * The shipping rules of these sellers (the defaults for those who set none), by
	 * seller id, in one read.
	 */
	public Mono<Map<String, ShippingRule>> shipping(Collection<String> sellerIds) {
		return this.policies.shipping(sellerIds).collectMap(ShippingRule::sellerId).map((stored) -> {
			Map<String, ShippingRule> rules = new LinkedHashMap<>();
			for (String sellerId : sellerIds) {
				rules.put(sellerId, stored.getOrDefault(sellerId, ShippingRule.defaults(sellerId)));
			}
			return rules;
		});
	}

	/**
	 * What the product page says about shipping a piece of this seller's, today in India.
	 * @param makingDays days to make it, 0 for one in stock
	 */
	public Mono<ShippingRule.Quote> quote(String sellerId, Money price, int makingDays) {
		return shipping(sellerId).map((rule) -> rule.quote(price, makingDays, IndiaTime.dayOf(this.clock.instant())));
	}

	/**
	 * Saves the seller's shipping rule, as typed.
	 * @return the saved rule; a {@link Refusal} naming the fields at fault
	 */
	public Mono<ShippingRule> saveShipping(String sellerId, ShippingForm form) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		Money fee = amount(form.fee(), false, "fee", problems);
		Money freeFrom = amount(form.freeFrom(), true, "freeFrom", problems);
		int dispatch = days(form.dispatchDays(), "dispatchDays", problems);
		int ladakh = days(form.ladakhDays(), "ladakhDays", problems);
		int india = days(form.indiaDays(), "indiaDays", problems);
		if (!problems.isEmpty()) {
			return Mono.error(Refusal.invalid("orders.error.fields", problems,
					String.join(", ", problems.stream().map(Refusal.FieldProblem::field).toList())));
		}
		ShippingRule rule = new ShippingRule(sellerId, fee, freeFrom, dispatch, ladakh, india, true);
		return this.policies.saveShipping(rule, this.clock.instant()).thenReturn(rule);
	}

	/** A shipping rule as typed on the seller's form (rupees and days). */
	public record ShippingForm(String fee, String freeFrom, String dispatchDays, String ladakhDays, String indiaDays) {
	}

	private static Money amount(String typed, boolean optional, String field, List<Refusal.FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			if (!optional) {
				return Money.ZERO;
			}
			return null;
		}
		try {
			Money money = Money.parse(typed);
			if (money.isGreaterThan(ShippingRule.MAX_FEE) && "fee".equals(field)) {
				problems.add(new Refusal.FieldProblem(field, "shipping.error.fee"));
			}
			return money;
		}
		catch (Refusal ex) {
			problems.add(new Refusal.FieldProblem(field, "shipping.error.amount"));
			return null;
		}
	}

	private static int days(String typed, String field, List<Refusal.FieldProblem> problems) {
		try {
			int days = Integer.parseInt((typed != null) ? typed.strip() : "");
			if (days >= 0 && days <= ShippingRule.MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new Refusal.FieldProblem(field, "shipping.error.days"));
		return 0;
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
