package ladakh.crafts.marketplace.exhibitions.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallAllocation;
import ladakh.crafts.marketplace.exhibitions.StallOverrides;
import ladakh.crafts.marketplace.exhibitions.Waiting;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.audit.AuditEvent;

/**
 * The stalls-and-fees page's rows, in the reader's language: one per stall of the plan
 * (with what its forms were sent with, and their messages, when one was refused), the
 * waitlist, and the exhibition's log.
 */
record StallBoardView(List<StallRow> rows, List<WaitRow> waitlist, List<TrailRow> trail) {

	static StallBoardView of(StallOverrides.Board board, StaffAllocationPages.Failed failed,
			Map<String, List<String>> errors, StallActionForm form, Locale locale, FormTexts texts) {
		Map<String, StallAllocation> byNumber = board.stalls()
			.stream()
			.collect(Collectors.toMap(StallAllocation::stallNumber, Function.identity(), (first, other) -> first));
		List<StallRow> rows = new ArrayList<>();
		for (Stall stall : board.exhibition().plan().stalls()) {
			boolean refused = failed != null && failed.stall().equals(stall.number());
			rows.add(StallRow.of(stall, byNumber.get(stall.number()), board.names(), refused ? failed.action() : null,
					refused ? errors : Map.of(), refused ? form : StallActionForm.EMPTY, locale, texts));
		}
		List<WaitRow> waiting = board.waitlist()
			.stream()
			.map((entry) -> new WaitRow(entry.position(),
					board.names().getOrDefault(entry.sellerId(), entry.sellerId()),
					texts.text("exhibitions.kind." + entry.kind().name(), locale),
					size(entry.widthDm(), entry.depthDm()), entry.offeredStall()))
			.toList();
		List<TrailRow> trail = board.trail()
			.stream()
			.map((event) -> TrailRow.of(event, board.names(), locale, texts))
			.toList();
		return new StallBoardView(rows, waiting, trail);
	}

	static String size(int widthDm, int depthDm) {
		return metres(widthDm) + " × " + metres(depthDm) + " m";
	}

	private static String metres(int decimetres) {
		return BigDecimal.valueOf(decimetres, 1).stripTrailingZeros().toPlainString();
	}

	/**
	 * One stall.
	 *
	 * @param number the stall
	 * @param kind its kind, in words
	 * @param size width × depth
	 * @param fee its fee
	 * @param status {@code NONE} (never given) or the allocation's status
	 * @param holder the holder's name, or null
	 * @param holderId the holder's seller id, or null
	 * @param lastHolder who held it before it lost its holder, or null
	 * @param due the fee's day, or null
	 * @param payment the payment's reference and day, or null
	 * @param action the form refused, or null
	 * @param errors its messages by field
	 * @param form what it was sent with
	 */
	record StallRow(String number, String kind, String size, String fee, String status, String holder, String holderId,
			String lastHolder, String due, String payment, String action, Map<String, List<String>> errors,
			StallActionForm form) {

		static StallRow of(Stall stall, StallAllocation allocation, Map<String, String> names, String action,
				Map<String, List<String>> errors, StallActionForm form, Locale locale, FormTexts texts) {
			String status = (allocation != null) ? allocation.status().name() : "NONE";
			String holderId = (allocation != null) ? allocation.sellerId() : null;
			String last = (allocation != null && allocation.lastSellerId() != null)
					? names.getOrDefault(allocation.lastSellerId(), allocation.lastSellerId()) : null;
			String due = (allocation != null && allocation.dueOn() != null)
					? IndiaTime.day(allocation.dueOn()).in(locale) : null;
			String payment = (allocation != null && allocation.payment() != null)
					? texts.text("exhibitions.fee.paidWith", locale, allocation.payment().reference(),
							IndiaTime.day(allocation.payment().paidOn()).in(locale))
					: null;
			return new StallRow(stall.number(), texts.text("exhibitions.kind." + stall.kind().name(), locale),
					StallBoardView.size(stall.widthDm(), stall.depthDm()), stall.fee().format(locale), status,
					(holderId != null) ? names.getOrDefault(holderId, holderId) : null, holderId, last, due, payment,
					action, errors, form);
		}

		public boolean offered() {
			return "OFFERED".equals(this.status);
		}

		public boolean held() {
			return this.holderId != null;
		}

		/** A refused form's messages for one field, or null. */
		public List<String> error(String formAction, String field) {
			return formAction.equals(this.action) ? this.errors.get(field) : null;
		}

	}

	/** One seller on the waitlist. */
	record WaitRow(int position, String seller, String kind, String size, String offeredStall) {
	}

	/** One entry of the exhibition's log: who by role, the seller by name, no ids. */
	record TrailRow(String at, String actor, String action, String reason, String details) {

		/** Facts shown, in this order; the rest (ids, hashes, codes) stay in the log. */
		private static final List<String> SHOWN = List.of("stall", "to", "amount", "placed", "waiting");

		static TrailRow of(AuditEvent event, Map<String, String> names, Locale locale, FormTexts texts) {
			List<String> facts = new ArrayList<>();
			SHOWN.stream()
				.filter(event.details()::containsKey)
				.forEach((key) -> facts
					.add(texts.text("exhibitions.stalls.fact." + key, locale, event.details().get(key))));
			if (event.details().get("sellerId") instanceof String seller) {
				facts.add(names.getOrDefault(seller, seller));
			}
			String actor = event.actorRoles().isEmpty() ? texts.text("exhibitions.stalls.bySystem", locale)
					: texts.text("role." + event.actorRoles().get(0), locale);
			return new TrailRow(IndiaTime.moment(event.at(), locale), actor,
					texts.text("audit.action." + event.action(), locale), event.reason(), String.join(", ", facts));
		}

	}

}
