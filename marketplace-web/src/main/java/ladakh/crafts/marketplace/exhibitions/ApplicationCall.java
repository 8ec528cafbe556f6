package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * An exhibition's call for applications: when sellers may apply (whole days, India time),
 * when the stall fee is due, and who may apply.
 *
 * @param opensOn the first day applications are taken
 * @param closesOn the last day applications are taken (and may be withdrawn)
 * @param feeDueOn the last day to pay the stall fee
 * @param sellerKinds the kinds of seller who may apply (at least one)
 * @param crafts the crafts shown (slugs); empty for every craft
 */
public record ApplicationCall(LocalDate opensOn, LocalDate closesOn, LocalDate feeDueOn, Set<SellerKind> sellerKinds,
		List<String> crafts) {

	public ApplicationCall {
		Objects.requireNonNull(opensOn, "opensOn");
		Objects.requireNonNull(closesOn, "closesOn");
		Objects.requireNonNull(feeDueOn, "feeDueOn");
		if (closesOn.isBefore(opensOn)) {
			throw Refusal.invalid("exhibitions.call.windowOrder").at("closesOn");
		}
		if (feeDueOn.isBefore(closesOn)) {
			throw Refusal.invalid("exhibitions.call.feeAfterWindow").at("feeDueOn");
		}
		if (sellerKinds == null || sellerKinds.isEmpty()) {
			throw Refusal.invalid("exhibitions.call.sellerKinds").at("sellerKinds");
		}
		sellerKinds = Set.copyOf(EnumSet.copyOf(sellerKinds));
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

	/** Whether applications are taken on this day (India time). */
	public boolean isOpenOn(LocalDate today) {
		return !today.isBefore(this.opensOn) && !today.isAfter(this.closesOn);
	}

	/** Whether the window has closed by this day: the draw may run. */
	public boolean isClosedBy(LocalDate today) {
		return today.isAfter(this.closesOn);
	}

	/** Whether a seller of this kind may apply. */
	public boolean admits(SellerKind kind) {
		return kind != null && this.sellerKinds.contains(kind);
	}

	/** Whether a craft may be shown; every craft when the call names none. */
	public boolean shows(String craft) {
		return this.crafts.isEmpty() || this.crafts.contains(craft);
	}

}
