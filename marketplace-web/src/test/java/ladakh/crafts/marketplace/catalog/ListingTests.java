package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The listing aggregate's own decisions, without a database: which moves each state
 * allows, what stock does to PUBLISHED ⇄ SOLD_OUT, and how refusals are keyed.
 */
class ListingTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void aDraftGoesToReviewOrStraightLiveAndEveryStatusMoveMovesTheVersion() {
		Listing draft = draft(2);
		assertThat(draft.status()).isEqualTo(ListingStatus.DRAFT);
		assertThat(draft.version()).isZero();
		Listing pending = draft.submit(false, NOW);
		assertThat(pending.status()).isEqualTo(ListingStatus.PENDING_REVIEW);
		assertThat(pending.version()).isEqualTo(1);
		assertThat(pending.publishedAt()).isNull();
		Listing live = draft.submit(true, NOW);
		assertThat(live.status()).isEqualTo(ListingStatus.PUBLISHED);
		assertThat(live.publishedAt()).isEqualTo(NOW);
		assertThat(draft(0).submit(true, NOW).status()).as("nothing in stock").isEqualTo(ListingStatus.SOLD_OUT);
	}

	@Test
	void anIllegalMoveIsAConflictNamingWhy() {
		Listing pending = draft(1).submit(false, NOW);
		assertRefused(() -> pending.submit(true, NOW), Refusal.Kind.CONFLICT, "listing.refused.notDraft");
		assertRefused(() -> pending.pause(NOW), Refusal.Kind.CONFLICT, "listing.refused.notLive");
		assertRefused(() -> pending.resume(NOW), Refusal.Kind.CONFLICT, "listing.refused.notPaused");
		Listing removed = pending.remove(NOW);
		assertRefused(() -> removed.remove(NOW), Refusal.Kind.CONFLICT, "listing.refused.removed");
		assertRefused(() -> removed.approve("off-1", NOW), Refusal.Kind.CONFLICT, "listing.refused.notPending");
		assertRefused(() -> removed.edit(removed.version(), details(1), null, NOW), Refusal.Kind.CONFLICT,
				"listing.refused.removed");
	}

	@Test
	void officersDecideWithAReasonWhereOneIsNeeded() {
		Listing pending = draft(0).submit(false, NOW);
		Listing approved = pending.approve("off-1", NOW);
		assertThat(approved.status()).isEqualTo(ListingStatus.SOLD_OUT);
		assertThat(approved.review()).isEqualTo(new Listing.Review("APPROVED", "off-1", NOW, null));
		assertThatThrownBy(() -> pending.reject("off-1", " ", NOW)).isInstanceOfSatisfying(InvalidListing.class,
				(refused) -> assertThat(refused.errors()).containsKey("reason"));
		Listing rejected = pending.reject("off-1", " Blurred photos ", NOW);
		assertThat(rejected.status()).isEqualTo(ListingStatus.DRAFT);
		assertThat(rejected.statusReason()).isEqualTo("Blurred photos");
		Listing takenDown = approved.takeDown("off-2", "Not a Ladakhi craft", NOW);
		assertThat(takenDown.status()).isEqualTo(ListingStatus.REMOVED);
		assertThat(takenDown.review().decision()).isEqualTo("TAKEN_DOWN");
	}

	@Test
	void anEditChangesStockByWhatTheSellerTypedAndStockDrivesSoldOut() {
		Listing live = draft(3).submit(true, NOW);
		// Shown 3, typed 1: two fewer; a buyer took one meanwhile (stock 2 when decided).
		Listing reserved = new Listing(live.id(), live.sellerId(), live.status(), null, live.title(),
				live.description(), live.craft(), live.materials(), null, null, live.price(), 2, false, null, List.of(),
				null, null, null, null, live.version(), 0, false, NOW, NOW, NOW);
		Listing edited = reserved.edit(live.version(), details(1), 3, NOW);
		assertThat(edited.stock()).isZero();
		assertThat(edited.status()).isEqualTo(ListingStatus.SOLD_OUT);
		assertThat(edited.version()).isEqualTo(live.version() + 1);
		assertRefused(() -> reserved.edit(live.version(), details(0), 3, NOW), Refusal.Kind.CONFLICT,
				"listing.refused.stale");
		assertRefused(() -> reserved.edit(live.version() - 1, details(5), null, NOW), Refusal.Kind.CONFLICT,
				"listing.refused.stale");
		assertThat(edited.edit(edited.version(), details(4), null, NOW).status()).isEqualTo(ListingStatus.PUBLISHED);
	}

	@Test
	void photosAreBoundedAndMoveOnePlaceAtATime() {
		Listing listing = draft(1);
		for (int i = 0; i < Listing.MAX_PHOTOS; i++) {
			listing = listing.addPhoto(new Listing.Photo("p" + i, "t" + i, 800, 600), NOW);
		}
		Listing full = listing;
		assertRefused(() -> full.addPhoto(new Listing.Photo("p9", "t9", 800, 600), NOW), Refusal.Kind.INVALID,
				"listing.photo.tooMany");
		assertThat(full.movePhoto("p1", -1, NOW).photos().get(0).imageId()).isEqualTo("p1");
		assertThat(full.movePhoto("p0", -1, NOW)).as("already first").isSameAs(full);
		assertRefused(() -> full.removePhoto("nope", NOW), Refusal.Kind.NOT_FOUND, "listing.refused.notFound");
	}

	private static void assertRefused(Runnable move, Refusal.Kind kind, String key) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class, (refused) -> {
			assertThat(refused.kind()).isEqualTo(kind);
			assertThat(refused.messageKey()).isEqualTo(key);
		});
	}

	private static Listing draft(int stock) {
		return Listing.draft("lst-1", "art-1", details(stock), NOW);
	}

	private static ListingDetails details(int stock) {
		return new ListingDetails("Pashmina shawl", null, "Hand-woven.", null, "pashmina-weaving", List.of("wool"),
				null, null, Money.rupees(24_500), stock, false, null, null, null, null, null);
	}

}
