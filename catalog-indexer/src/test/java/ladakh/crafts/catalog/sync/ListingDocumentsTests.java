package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import ladakh.crafts.catalog.index.ListingDocument;
import ladakh.crafts.catalog.index.StallRef;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a listing looks like in search, from its MongoDB documents.
 */
class ListingDocumentsTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);

	private final ListingDocuments documents = new ListingDocuments(TODAY);

	@Test
	void aPublishedListingOfAnActiveRegisteredSellerIsSearchableAndVerified() {
		ListingDocument document = this.documents.build(listing("PUBLISHED"), seller("ACTIVE", "2028-01-01"), craft(),
				List.of(new StallRef("ladakh-festival-2026", "Ladakh Festival", "A-12", "2026-09-20", "2026-09-26")));
		assertThat(document.searchable()).isTrue();
		assertThat(document.verified()).isTrue();
		assertThat(document.id()).isEqualTo("lst-00001");
		assertThat(document.rev()).isEqualTo(7L);
		assertThat(document.title().en()).isEqualTo("Pashmina shawl");
		assertThat(document.title().hi()).isEqualTo("पश्मीना शॉल");
		assertThat(document.craftName().hi()).isEqualTo("पश्मीना बुनाई");
		assertThat(document.sellerName()).isEqualTo("Stanzin Dolma");
		assertThat(document.sellerType()).isEqualTo("ARTISAN");
		assertThat(document.district()).isEqualTo("LEH");
		assertThat(document.registrationNumber()).isEqualTo("LEH/HC/2025/0042");
		assertThat(document.gi()).isTrue();
		assertThat(document.giName()).isEqualTo("Ladakh Pashmina");
		assertThat(document.thumbnailId()).isEqualTo("thumb-lst-00001-1");
		assertThat(document.stalls()).hasSize(1);
		assertThat(document.createdAt()).isEqualTo(1_700_000_000_000L);
	}

	@Test
	void theSellersColoursAreIndexedAndCodesOutsideTheListAreLeftOut() {
		ListingDocument document = this.documents.build(
				listing("PUBLISHED").append("colours", List.of("grey", "sparkly", "cream", "grey")),
				seller("ACTIVE", "2028-01-01"), craft(), List.of());
		assertThat(document.colours()).containsExactly("grey", "cream");
		assertThat(this.documents.build(listing("PUBLISHED"), seller("ACTIVE", "2028-01-01"), craft(), List.of())
			.colours()).isEmpty();
	}

	@Test
	void aSoldOutListingStaysSearchableButNotInStock() {
		ListingDocument document = this.documents.build(listing("SOLD_OUT").append("stock", 0),
				seller("ACTIVE", "2028-01-01"), craft(), List.of());
		assertThat(document.searchable()).isTrue();
		assertThat(document.inStock()).isFalse();
	}

	@Test
	void piecesMovedToAnExhibitionStallAreNotOnlineStock() {
		// docs/decisions/0056: the stall's pieces are kept apart from "stock".
		ListingDocument document = this.documents.build(
				listing("SOLD_OUT").append("stock", 0).append("stallStock", new Document("ladakh-festival-2026", 5)),
				seller("ACTIVE", "2028-01-01"), craft(), List.of());
		assertThat(document.inStock()).isFalse();
		assertThat(document.stock()).isZero();
		assertThat(ListingDocuments.LISTING_FIELDS).doesNotContain("stallStock", "stallHolds");
	}

	@Test
	void aMadeToOrderListingIsInStockWithItsLeadTime() {
		ListingDocument document = this.documents.build(
				listing("PUBLISHED").append("stock", 0).append("madeToOrder", true).append("leadTimeDays", 21),
				seller("ACTIVE", "2028-01-01"), craft(), List.of());
		assertThat(document.inStock()).isTrue();
		assertThat(document.leadTimeDays()).isEqualTo(21);
	}

	@Test
	void draftsPausedAndRemovedListingsAreNotSearchable() {
		for (String status : List.of("DRAFT", "PENDING_REVIEW", "PAUSED", "REMOVED")) {
			assertThat(this.documents.build(listing(status), seller("ACTIVE", "2028-01-01"), craft(), List.of())
				.searchable()).as(status).isFalse();
		}
	}

	@Test
	void aSuspendedOrExpiredSellersListingsAreNotSearchableNorVerified() {
		ListingDocument suspended = this.documents.build(listing("PUBLISHED"), seller("SUSPENDED", "2028-01-01"),
				craft(), List.of());
		ListingDocument lapsed = this.documents.build(listing("PUBLISHED"), seller("ACTIVE", "2026-11-22"), craft(),
				List.of());
		ListingDocument lastDay = this.documents.build(listing("PUBLISHED"), seller("ACTIVE", "2026-11-23"), craft(),
				List.of());
		ListingDocument orphan = this.documents.build(listing("PUBLISHED"), null, craft(), List.of());
		assertThat(suspended.searchable()).isFalse();
		assertThat(suspended.verified()).isFalse();
		assertThat(suspended.sellerStatus()).isEqualTo("SUSPENDED");
		assertThat(lapsed.searchable()).isFalse();
		assertThat(lapsed.verified()).isFalse();
		assertThat(lastDay.searchable()).isTrue();
		assertThat(orphan.searchable()).isFalse();
	}

	static Document listing(String status) {
		return new Document("_id", "lst-00001").append("sellerId", "art-0001")
			.append("title", new Document("en", "Pashmina shawl").append("hi", "पश्मीना शॉल"))
			.append("description", new Document("en", "Hand spun"))
			.append("craft", "pashmina-weaving")
			.append("materials", List.of("pashmina"))
			.append("priceMinor", 2_500_000L)
			.append("currency", "INR")
			.append("stock", 3)
			.append("madeToOrder", false)
			.append("photos",
					List.of(new Document("imageId", "photo-lst-00001-1").append("thumbId", "thumb-lst-00001-1"),
							new Document("imageId", "photo-lst-00001-2").append("thumbId", "thumb-lst-00001-2")))
			.append("giTag", new Document("name", "Ladakh Pashmina").append("authorisedUserNumber", "AU/123"))
			.append("status", status)
			.append("createdAt", new Date(1_700_000_000_000L))
			.append("updatedAt", new Date(1_700_000_100_000L))
			.append("rev", 7L);
	}

	static Document seller(String status, String validUntil) {
		return new Document("_id", "art-0001").append("type", "ARTISAN")
			.append("name", "Stanzin Dolma")
			.append("district", "LEH")
			.append("registrationNumber", "LEH/HC/2025/0042")
			.append("status", status)
			.append("validUntil", validUntil);
	}

	static Document craft() {
		return new Document("_id", "pashmina-weaving").append("name",
				new Document("en", "Pashmina weaving").append("hi", "पश्मीना बुनाई"));
	}

}
