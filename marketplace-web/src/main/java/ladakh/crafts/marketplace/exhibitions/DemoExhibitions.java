package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.Seller;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * The exhibitions of the demo (issue 15): the 2026 Sindhu Darshan (June, Shey) and Ladakh
 * Festival (September, Leh) as past exhibitions whose stalls were drawn by the policy
 * with a published seed, the IITF in Delhi (November 2026, a deputation: places instead
 * of a floor plan), the Losar Crafts Bazaar (December 2026, Leh: drawn, fees paid, so
 * demo listings show "meet the maker") and the 2027 Dosmoche Mela (February, Leh) taking
 * applications. The generated demo ({@code ladakh.crafts.demo}) has the names, towns and
 * days of the fairs it knows; the IITF and the bazaar are added here whole. This adds the
 * venue, the call, the stall plan, who applied and the public value of each draw. Pure:
 * {@link ExhibitionsDemoData} stores it.
 */
final class DemoExhibitions {

	/** The demo's officer (accounts' demo account {@code officer@demo.ladakh}). */
	static final String OFFICER = "usr-demo-officer";

	/** The demo's accounts office, who recorded the past exhibitions' stall fees. */
	static final String ACCOUNTS = "usr-demo-accounts";

	/** Sellers with demo logins apply themselves when someone shows the demo. */
	private static final Set<String> DEMO_LOGINS = Set.of("art-0001", "shg-0001", "tc-0001");

	/** Suspended and expired in the sellers' demo data: no stall for them. */
	private static final Set<String> NOT_SELLING = Set.of("art-0019", "art-0020");

	private DemoExhibitions() {
	}

	/** The IITF deputation's id (its travel dates are the deputations area's). */
	static final String IITF = "iitf-2026";

	/** The bazaar drawn in the demo that has not happened yet. */
	static final String LOSAR = "losar-bazaar-2026";

	/** The exhibitions, in the order their draws were held. */
	static List<Plan> all(DemoData data) {
		return List.of(sindhuDarshan2026(data), ladakhFestival2026(data), iitf2026(data), losarBazaar2026(data),
				dosmoche2027(data));
	}

	/** Ids of the exhibitions whose draws the demo replays. */
	static List<String> drawn() {
		return List.of("sindhu-darshan-2026", "ladakh-festival-2026", IITF, LOSAR);
	}

	private static Plan sindhuDarshan2026(DemoData data) {
		ApplicationCall call = new ApplicationCall(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 31),
				LocalDate.of(2026, 6, 12), EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER),
				List.of());
		List<Stall> stalls = new ArrayList<>();
		row(stalls, "A", 0, StallKind.HANDICRAFT, 150_000, ReservedCategory.GI_CRAFT, ReservedCategory.WOMEN_SHG,
				ReservedCategory.FIRST_TIME);
		row(stalls, "B", 1, StallKind.HANDICRAFT, 150_000);
		row(stalls, "C", 2, StallKind.HANDLOOM, 150_000, 4);
		List<Seller> applicants = pick(data, (n) -> n <= 70 && n % 4 == 1, "LEH");
		return new Plan("sindhu-darshan-2026", "Sindhu Ghat", call, new StallPlan(stalls), applicants, data,
				// A headline of the day before the draw (the draw notice named it).
				"Leh, May 20, 2026: Chief Secretary holds Interactive Session with Entrepreneurs of Ladakh",
				LocalDate.of(2026, 6, 2), null);
	}

	private static Plan ladakhFestival2026(DemoData data) {
		ApplicationCall call = new ApplicationCall(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 31),
				LocalDate.of(2026, 9, 10),
				EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER, SellerKind.TRAINING_CENTRE),
				List.of());
		List<Stall> stalls = new ArrayList<>();
		row(stalls, "A", 0, StallKind.HANDICRAFT, 250_000, ReservedCategory.GI_CRAFT, ReservedCategory.GI_CRAFT,
				ReservedCategory.AWARDEE, ReservedCategory.ENDANGERED_CRAFT);
		row(stalls, "B", 1, StallKind.HANDICRAFT, 250_000, ReservedCategory.WOMEN_SHG, ReservedCategory.WOMEN_SHG,
				ReservedCategory.FIRST_TIME, ReservedCategory.FIRST_TIME);
		row(stalls, "C", 2, StallKind.HANDICRAFT, 250_000);
		row(stalls, "D", 3, StallKind.HANDLOOM, 250_000);
		row(stalls, "E", 4, StallKind.DEMONSTRATION, 0, 2);
		List<Seller> applicants = new ArrayList<>(pick(data, (n) -> n % 3 == 0, null));
		data.sellers()
			.stream()
			.filter((seller) -> "tc-0002".equals(seller.id()) || "tc-0003".equals(seller.id()))
			.forEach(applicants::add);
		return new Plan("ladakh-festival-2026", "Polo Ground", call, new StallPlan(stalls), applicants, data,
				"Secretary Industries reviews Handloom & Handicraft sectors in Kargil", LocalDate.of(2026, 9, 2), null);
	}

	private static Plan dosmoche2027(DemoData data) {
		ApplicationCall call = new ApplicationCall(LocalDate.of(2026, 11, 16), LocalDate.of(2027, 1, 10),
				LocalDate.of(2027, 1, 25), EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER),
				List.of());
		List<Stall> stalls = new ArrayList<>();
		row(stalls, "A", 0, StallKind.HANDICRAFT, 100_000, ReservedCategory.WOMEN_SHG, ReservedCategory.FIRST_TIME);
		row(stalls, "B", 1, StallKind.HANDICRAFT, 100_000);
		row(stalls, "C", 2, StallKind.HANDLOOM, 100_000);
		Set<String> few = Set.of("art-0003", "art-0007", "art-0012", "art-0025", "shg-0002");
		List<Seller> applicants = data.sellers().stream().filter((seller) -> few.contains(seller.id())).toList();
		return new Plan("dosmoche-2027", "Leh Palace", call, new StallPlan(stalls), applicants, data, null, null, null);
	}

	/**
	 * The India International Trade Fair at Bharat Mandapam, 14–27 November 2026: eight
	 * places in the Ladakh pavilion (the deputations area's plan of places {@code P1}..),
	 * drawn in October.
	 */
	private static Plan iitf2026(DemoData data) {
		Exhibition iitf = new Exhibition(IITF,
				new LocalizedText("India International Trade Fair 2026", "भारत अंतर्राष्ट्रीय व्यापार मेला 2026"), null,
				"New Delhi", null, LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 27),
				new LocalizedText(
						"The trade fair at Bharat Mandapam, New Delhi; the department takes a deputation of artisans and SHGs to the Ladakh pavilion.",
						"भारत मंडपम, नई दिल्ली में व्यापार मेला; विभाग कारीगरों और स्वयं सहायता समूहों का एक दल लद्दाख मंडप में ले जाता है।"),
				StallPlan.EMPTY, 0);
		ApplicationCall call = new ApplicationCall(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 5),
				LocalDate.of(2026, 10, 20), EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER),
				List.of());
		List<Stall> places = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// As the deputations area writes places: one kind, no fee, rows of ten.
			places.add(new Stall("P" + (i + 1), StallKind.HANDICRAFT, 30, 30, Money.ZERO, i * 32, 0, null));
		}
		List<Seller> applicants = pick(data, (n) -> n % 9 == 2, null);
		return new Plan(IITF, "Bharat Mandapam", call, new StallPlan(places), applicants.subList(0, 14), data,
				"IITF 2026 theme announced: Vocal for Local, Local to Global", LocalDate.of(2026, 10, 7), iitf);
	}

	/**
	 * The Losar Crafts Bazaar in Leh, 18–27 December 2026, for the Ladakhi new year:
	 * drawn in November and every fee paid, so its sellers' listings show "meet the
	 * maker".
	 */
	private static Plan losarBazaar2026(DemoData data) {
		Exhibition losar = new Exhibition(LOSAR,
				new LocalizedText("Losar Crafts Bazaar 2026", "लोसर शिल्प बाज़ार 2026"), null, "Leh", "LEH",
				LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 27),
				new LocalizedText(
						"A winter bazaar for the Ladakhi new year, indoors at Leh: pashmina, knitwear, thangka and wood carving, with the makers at their stalls.",
						"लद्दाखी नव वर्ष के लिए लेह में घर के भीतर शीतकालीन बाज़ार: पश्मीना, ऊनी बुनाई, थंका और काष्ठ नक्काशी, अपने स्टॉल पर कारीगरों के साथ।"),
				StallPlan.EMPTY, 0);
		ApplicationCall call = new ApplicationCall(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 12, 10), EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER),
				List.of());
		List<Stall> stalls = new ArrayList<>();
		row(stalls, "A", 0, StallKind.HANDICRAFT, 50_000, ReservedCategory.WOMEN_SHG);
		row(stalls, "B", 1, StallKind.HANDLOOM, 50_000, 4);
		List<Seller> applicants = pick(data, (n) -> n <= 70 && n % 6 == 4, "LEH");
		return new Plan(LOSAR, "Sindhu Sanskriti Kendra", call, new StallPlan(stalls), applicants, data,
				"Leh, November 23, 2026: Ladakh gears up for Losar celebrations", LocalDate.of(2026, 11, 24), losar);
	}

	/** Six stalls of 3 m by 3 m in a row, an aisle of 2 m between rows. */
	private static void row(List<Stall> stalls, String letter, int row, StallKind kind, long feeMinor,
			ReservedCategory... keptFor) {
		row(stalls, letter, row, kind, feeMinor, 6, keptFor);
	}

	private static void row(List<Stall> stalls, String letter, int row, StallKind kind, long feeMinor, int count,
			ReservedCategory... keptFor) {
		for (int i = 0; i < count; i++) {
			stalls.add(new Stall(letter + "-" + (i + 1), kind, 30, 30, Money.paise(feeMinor), i * 32, row * 50,
					(i < keptFor.length) ? keptFor[i] : null));
		}
	}

	/**
	 * Artisans by their number (those who are selling, without demo logins), then SHGs,
	 * of one district or all.
	 */
	private static List<Seller> pick(DemoData data, IntPredicate artisanNumber, String district) {
		List<Seller> picked = new ArrayList<>();
		for (Seller seller : data.sellers()) {
			if (DEMO_LOGINS.contains(seller.id()) || NOT_SELLING.contains(seller.id())
					|| (district != null && !district.equals(seller.district().name()))) {
				continue;
			}
			if (seller.id().startsWith("art-") && artisanNumber.test(Integer.parseInt(seller.id().substring(4)))) {
				picked.add(seller);
			}
			else if (seller.id().startsWith("shg-")) {
				picked.add(seller);
			}
		}
		return picked;
	}

	/**
	 * One demo exhibition.
	 *
	 * @param id the generated exhibition's id
	 * @param venue the ground
	 * @param call its call for applications
	 * @param plan its stall plan
	 * @param sellers who applied
	 * @param data the generated demo (crafts and listings of the applicants)
	 * @param publicValue the draw's announced public value, or null before the draw
	 * @param drawnOn the day of the draw, or null
	 * @param added the exhibition itself when the generated demo does not have it, or
	 * null
	 */
	record Plan(String id, String venue, ApplicationCall call, StallPlan plan, List<Seller> sellers, DemoData data,
			String publicValue, LocalDate drawnOn, Exhibition added) {

		boolean drawn() {
			return this.publicValue != null;
		}

		/** Ten in the morning, India time, on the draw's day. */
		Instant drawnAt() {
			return this.drawnOn.atTime(LocalTime.of(10, 0)).atZone(IndiaTime.ZONE).toInstant();
		}

		/**
		 * The applications, one per seller, made on the days the window was open, with up
		 * to three of the seller's own listings.
		 */
		List<StallApplication> applications() {
			Map<String, List<String>> listings = new java.util.HashMap<>();
			this.data.listings()
				.stream()
				.filter((listing) -> "PUBLISHED".equals(listing.status()))
				.forEach((listing) -> listings.computeIfAbsent(listing.sellerId(), (key) -> new ArrayList<>())
					.add(listing.id()));
			long windowDays = this.call.closesOn().toEpochDay() - this.call.opensOn().toEpochDay() + 1;
			List<StallApplication> applications = new ArrayList<>();
			for (int i = 0; i < this.sellers.size(); i++) {
				Seller seller = this.sellers.get(i);
				SellerKind kind = SellerKind.of(seller.type().name());
				LocalDate day = this.call.opensOn().plusDays((i * 7L) % Math.min(windowDays, 20));
				Instant at = day.atTime(LocalTime.of(9 + (i % 8), (i * 13) % 60)).atZone(IndiaTime.ZONE).toInstant();
				List<String> crafts = seller.crafts().subList(0, Math.min(2, seller.crafts().size()));
				List<String> shown = listings.getOrDefault(seller.id(), List.of());
				applications.add(new StallApplication("sap-demo-" + this.id + "-" + seller.id(), this.id, seller.id(),
						kind, crafts, shown.subList(0, Math.min(3, shown.size())), stallKind(seller, this.plan), 30, 30,
						StallApplication.Status.APPLIED, at, 0));
			}
			return applications;
		}

		/** The kind the seller needs, or the plan's only kind (a deputation's places). */
		private static StallKind stallKind(Seller seller, StallPlan plan) {
			StallKind wanted = seller.id().startsWith("tc-") ? StallKind.DEMONSTRATION
					: seller.crafts().contains("pashmina-weaving") ? StallKind.HANDLOOM : StallKind.HANDICRAFT;
			return plan.stalls().stream().anyMatch((stall) -> stall.kind() == wanted) ? wanted
					: plan.stalls().get(0).kind();
		}

	}

}
