package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ladakh.crafts.marketplace.exhibitions.ApplicationCall;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * The officers' exhibition form as typed: dates stay text until the form reads them, so a
 * typing mistake is a message beside its field; the exhibition's own rules (window before
 * the first day, fee after the window) come from the domain as refusals.
 */
record ExhibitionForm(String version,
		@NotBlank(message = "exhibitions.form.nameEn") @Size(max = 120,
				message = "exhibitions.form.nameEn") String nameEn,
		@Size(max = 120, message = "exhibitions.form.nameHi") String nameHi,
		@Size(max = 120, message = "exhibitions.form.venue") String venue,
		@NotBlank(message = "exhibitions.form.place") @Size(max = 80, message = "exhibitions.form.place") String place,
		String district, String startsOn, String endsOn, String opensOn, String closesOn, String feeDueOn,
		List<String> sellerKinds, List<String> crafts) {

	/** The kinds of seller an officer may tick. */
	static final List<SellerKind> KINDS = List.of(SellerKind.values());

	ExhibitionForm {
		version = text(version);
		nameEn = text(nameEn);
		nameHi = text(nameHi);
		venue = text(venue);
		place = text(place);
		district = text(district);
		startsOn = text(startsOn);
		endsOn = text(endsOn);
		opensOn = text(opensOn);
		closesOn = text(closesOn);
		feeDueOn = text(feeDueOn);
		sellerKinds = (sellerKinds != null) ? sellerKinds.stream().map(String::strip).toList() : List.of();
		crafts = (crafts != null) ? crafts.stream().map(String::strip).filter((c) -> !c.isEmpty()).toList() : List.of();
	}

	static ExhibitionForm empty() {
		return new ExhibitionForm("0", "", "", "", "Leh", "LEH", "", "", "", "", "",
				List.of(SellerKind.ARTISAN.name(), SellerKind.SHG.name(), SellerKind.TRAINING_CENTRE.name()),
				List.of());
	}

	static ExhibitionForm of(Exhibition exhibition) {
		ApplicationCall call = exhibition.call();
		return new ExhibitionForm(Long.toString(exhibition.version()), exhibition.name().en(), exhibition.name().hi(),
				exhibition.venue(), exhibition.place(), exhibition.district(), exhibition.startsOn().toString(),
				exhibition.endsOn().toString(), (call != null) ? call.opensOn().toString() : "",
				(call != null) ? call.closesOn().toString() : "", (call != null) ? call.feeDueOn().toString() : "",
				(call != null) ? call.sellerKinds().stream().map(SellerKind::name).toList() : List.of(),
				(call != null) ? call.crafts() : List.of());
	}

	/** Field → message key of what cannot be read; empty when all can. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!this.district.isEmpty() && !List.of("LEH", "KARGIL").contains(this.district)) {
			problems.put("district", "exhibitions.form.district");
		}
		for (Map.Entry<String, String> date : Map
			.of("startsOn", this.startsOn, "endsOn", this.endsOn, "opensOn", this.opensOn, "closesOn", this.closesOn,
					"feeDueOn", this.feeDueOn)
			.entrySet()) {
			if (date(date.getValue()) == null) {
				problems.put(date.getKey(), "exhibitions.form.date");
			}
		}
		if (kinds().isEmpty()) {
			problems.put("sellerKinds", "exhibitions.call.sellerKinds");
		}
		if (readVersion() < 0) {
			problems.put("", "exhibitions.stale");
		}
		return problems;
	}

	/**
	 * The facts, once {@link #problems()} is empty.
	 * @throws ladakh.crafts.marketplace.shared.Refusal when the call's own rules refuse
	 */
	Exhibition.Facts facts() {
		ApplicationCall call = new ApplicationCall(date(this.opensOn), date(this.closesOn), date(this.feeDueOn),
				kinds(), this.crafts);
		return new Exhibition.Facts(new LocalizedText(this.nameEn.strip(), blankAsNull(this.nameHi)),
				blankAsNull(this.venue), this.place.strip(), blankAsNull(this.district), date(this.startsOn),
				date(this.endsOn), call);
	}

	long readVersion() {
		return VersionField.read(this.version);
	}

	private Set<SellerKind> kinds() {
		Set<SellerKind> kinds = EnumSet.noneOf(SellerKind.class);
		for (String kind : this.sellerKinds) {
			SellerKind known = SellerKind.of(kind);
			if (known != null) {
				kinds.add(known);
			}
		}
		return kinds;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankAsNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
