package ladakh.crafts.marketplace.reports.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import ladakh.crafts.marketplace.reports.scale.Bulk;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.LedgerEntry;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.treasury.SellerFacts;
import org.bson.Document;
import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Three financial years of training, far in the future and unique to the run (so the
 * shared test database cannot disturb them, nor they other tests): centres, batches with
 * their trainees, the sellers the trainees became, their listings and their ledger lines.
 * Written as stored documents in bulk (the ledger's lines through
 * {@link RevenueLedger#recordAll}); every record is kept here too, so the test can reckon
 * the funnel from the records without the database. Ids start with {@code zz-} so the
 * centres and batches sort after the demo's.
 */
public final class GeneratedTraining {

	public static final String[] CRAFTS = { "pashmina-weaving", "thangka-painting", "wood-carving", "carpet-weaving" };

	/**
	 * Twelve centres running 27 batches a year each for three years: 972 batches of 16 to
	 * 27 trainees, over 20,000 trainees (issue 18's size).
	 */
	public static final int CENTRES = 12;

	static final int BATCHES_A_YEAR = 27;

	static final String[] SCHEMES = { "DISTRICT_PLAN", "CARPET_WEAVING_ADVANCED", "HANDLOOM_BASIC" };

	public final String run = "zz-fnl-" + UUID.randomUUID().toString().substring(0, 8);

	public final Random random = new Random(this.run.hashCode());

	/** The first of the three years; "today" is in the fourth. */
	public final FinancialYear firstYear;

	public final LocalDate today;

	public final Instant windowFrom;

	public final Instant windowUntil;

	public final List<Centre> centres = new ArrayList<>();

	public final List<Batch> batches = new ArrayList<>();

	public final Map<String, Seller> sellers = new LinkedHashMap<>();

	public final List<Document> listingDocuments = new ArrayList<>();

	public final List<LedgerEntry> lines = new ArrayList<>();

	private int shgMembersLeft;

	private Seller shg;

	public record Centre(String id, String name, String district, String scheme) {

	}

	public record Trainee(String id, String name, TraineeStatus status, String sellerId) {

	}

	public record Batch(String id, Centre centre, String craft, LocalDate startsOn, LocalDate endsOn,
			List<Trainee> trainees) {

	}

	/** One ledger line as the test reckons it: its time, kind and signed amount. */
	public record Line(Instant at, String kind, long signed) {

	}

	/** A seller and what the test expects the funnel to learn of it. */
	public static final class Seller {

		public final String id;

		public final String kind;

		public String number;

		/** The registration day the test expects, or null when not registered. */
		public LocalDate registeredOn;

		public final List<Instant> published = new ArrayList<>();

		public final List<Line> lines = new ArrayList<>();

		Seller(String id, String kind) {
			this.id = id;
			this.kind = kind;
		}

	}

	GeneratedTraining() {
		// After every other test's far-future years, and three of them whole: the three
		// years' 500,000 ledger lines (ThreeYearReportsTests) are written into the same
		// years, so every report is checked over one department.
		this(9950 + java.util.concurrent.ThreadLocalRandom.current().nextInt(15) * 3, BATCHES_A_YEAR);
	}

	/**
	 * A department whose centres each run {@code batchesAYear} batches in each of the
	 * three years from {@code firstYear} (April).
	 */
	public GeneratedTraining(int firstYear, int batchesAYear) {
		this.firstYear = new FinancialYear(firstYear);
		this.today = LocalDate.of(firstYear + 3, 8, 15);
		this.windowFrom = this.today.minusYears(1).atStartOfDay(IndiaTime.ZONE).toInstant();
		this.windowUntil = this.today.plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant();
		for (int c = 0; c < CENTRES; c++) {
			this.centres.add(new Centre(this.run + "-tc-" + c, "Funnel centre " + c, (c % 3 == 0) ? "KARGIL" : "LEH",
					SCHEMES[c % SCHEMES.length]));
		}
		int n = 0;
		for (int year = 0; year < 3; year++) {
			FinancialYear fy = new FinancialYear(this.firstYear.startYear() + year);
			for (Centre centre : this.centres) {
				for (int b = 0; b < batchesAYear; b++) {
					LocalDate endsOn = fy.start()
						.atZone(IndiaTime.ZONE)
						.toLocalDate()
						.plusDays(this.random.nextInt(365));
					LocalDate startsOn = endsOn.minusMonths(3 + this.random.nextInt(10)).plusDays(1);
					String craft = CRAFTS[(b + centre.hashCode()) & 3];
					String id = String.format("%s-b%04d", this.run, n++);
					this.batches.add(new Batch(id, centre, craft, startsOn, endsOn, trainees(id, craft, endsOn)));
				}
			}
		}
		// The window's edges: a sale at its first moment is in it, one a minute before
		// is not.
		edge(this.windowFrom);
		edge(this.windowFrom.minusSeconds(60));
	}

	private List<Trainee> trainees(String batchId, String craft, LocalDate endsOn) {
		List<Trainee> trainees = new ArrayList<>();
		int size = 16 + this.random.nextInt(12);
		for (int t = 0; t < size; t++) {
			String id = batchId + "-t" + t;
			int roll = this.random.nextInt(100);
			TraineeStatus status = (roll < 12) ? TraineeStatus.DROPPED
					: (roll < 20) ? TraineeStatus.ENROLLED : TraineeStatus.COMPLETED;
			String sellerId = null;
			int becomes = this.random.nextInt(100);
			if (status == TraineeStatus.COMPLETED && becomes >= 15) {
				sellerId = (becomes < 20) ? id + "-nobody" : seller(id, craft, endsOn).id;
			}
			trainees.add(new Trainee(id, "Trainee " + id.substring(id.length() - 9), status, sellerId));
		}
		return trainees;
	}

	/** Their own artisan or unit record, or (one in six) a place in an SHG. */
	private Seller seller(String traineeId, String craft, LocalDate completedOn) {
		if (this.shgMembersLeft > 0) {
			this.shgMembersLeft--;
			return this.shg;
		}
		int roll = this.random.nextInt(6);
		Seller seller = new Seller(traineeId + "-s", (roll == 0) ? "SHG" : (roll == 1) ? "UNIT_HOLDER" : "ARTISAN");
		if (roll == 0) {
			this.shg = seller;
			this.shgMembersLeft = 2 + this.random.nextInt(4);
		}
		this.sellers.put(seller.id, seller);
		if (this.random.nextInt(12) > 0) {
			seller.registeredOn = past(completedOn.plusDays(this.random.nextInt(260) - 40));
			seller.number = "SHG".equals(seller.kind) ? null
					: String.format("LEH/HC/%04d/%06d", completedOn.getYear(), this.sellers.size());
		}
		if (seller.registeredOn != null && this.random.nextInt(10) < 7) {
			LocalDate first = past(seller.registeredOn.plusDays(this.random.nextInt(200) - 10));
			seller.published.add(at(first, 2));
			if (this.random.nextBoolean()) {
				seller.published.add(at(past(first.plusDays(1 + this.random.nextInt(90))), 11));
			}
		}
		if (seller.registeredOn != null && this.random.nextInt(10) < 7) {
			LocalDate from = seller.published.isEmpty() ? seller.registeredOn : day(seller.published.get(0));
			sales(seller, past(from.minusDays(20)));
		}
		return seller;
	}

	/** Up to eight sales (a tenth refunded, some reversed) from a day until today. */
	private void sales(Seller seller, LocalDate from) {
		long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, this.today));
		int count = 1 + this.random.nextInt(8);
		for (int s = 0; s < count; s++) {
			Instant at = at(from.plusDays(this.random.nextLong(span)), 9).plusSeconds(this.random.nextInt(36_000));
			long paise = 50_000 + this.random.nextInt(900_000);
			LedgerEntry sale = line(seller, seller.id + "-sale-" + s, LedgerEntry.SALE, paise, at);
			if (this.random.nextInt(10) == 0) {
				long refund = 1 + this.random.nextInt((int) paise);
				Instant refundAt = min(at.plusSeconds(86_400L * this.random.nextInt(30)),
						this.windowUntil.minusSeconds(1));
				line(seller, seller.id + "-refund-" + s, LedgerEntry.REFUND, refund, refundAt);
			}
			else if (this.random.nextInt(25) == 0) {
				LedgerEntry reversal = sale.reversal(min(at.plusSeconds(3_600), this.windowUntil.minusSeconds(1)),
						"typed twice", "accounts");
				this.lines.add(reversal);
				seller.lines.add(new Line(reversal.at(), LedgerEntry.REVERSAL, -paise));
			}
		}
	}

	/** A listed seller of the first batch's first completed trainee with one sale at. */
	private void edge(Instant at) {
		for (Batch batch : this.batches) {
			for (Trainee trainee : batch.trainees()) {
				Seller seller = (trainee.sellerId() != null) ? this.sellers.get(trainee.sellerId()) : null;
				if (seller != null && !seller.published.isEmpty() && seller.lines.isEmpty()
						&& !"SHG".equals(seller.kind)
						&& day(seller.published.get(0)).isBefore(this.today.minusYears(1))) {
					line(seller, seller.id + "-edge", LedgerEntry.SALE, 2_000_000, at);
					return;
				}
			}
		}
		throw new IllegalStateException("no seller for the window's edge");
	}

	private LedgerEntry line(Seller seller, String id, String kind, long paise, Instant at) {
		String lineId = (LedgerEntry.SALE.equals(kind) ? "stall:" : "refund:") + id;
		LedgerEntry line = LedgerEntry.of(lineId, kind, new SellerFacts(seller.id, seller.kind, null, "LEH"),
				Money.paise(paise), 0, LedgerEntry.STALL, "CASH", at, null, id, null, "ref-" + id);
		this.lines.add(line);
		seller.lines.add(new Line(at, kind, LedgerEntry.SALE.equals(kind) ? paise : -paise));
		return line;
	}

	/** Writes it all: centres and sellers, batches, listings, ledger lines. */
	private static GeneratedTraining shared;

	private static ReactiveMongoTemplate sharedMongo;

	/** The training written once per test JVM and database, shared by its tests. */
	public static synchronized GeneratedTraining written(ReactiveMongoTemplate mongo, RevenueLedger ledger) {
		if (shared == null || sharedMongo != mongo) {
			shared = new GeneratedTraining().write(mongo, ledger);
			sharedMongo = mongo;
		}
		return shared;
	}

	public GeneratedTraining write(ReactiveMongoTemplate mongo, RevenueLedger ledger) {
		List<Document> sellers = new ArrayList<>();
		for (Centre centre : this.centres) {
			sellers.add(new Document("_id", centre.id()).append("type", "TRAINING_CENTRE")
				.append("name", centre.name())
				.append("district", centre.district())
				.append("status", "SUSPENDED")
				.append("createdAt", new Date())
				.append("centre", new Document("scheme", centre.scheme()).append("intakeCapacity", 30)));
		}
		this.sellers.values().forEach((seller) -> sellers.add(GeneratedDocuments.seller(seller, this.random)));
		Bulk.insert(mongo, "sellers", sellers);
		Bulk.insert(mongo, "centre_batches", this.batches.stream().map(GeneratedTraining::document).toList());
		this.sellers.values().forEach((seller) -> GeneratedDocuments.listings(seller, this.listingDocuments));
		Bulk.insert(mongo, "listings", this.listingDocuments);
		Flux.fromIterable(this.lines).buffer(2_500).concatMap(ledger::recordAll).blockLast();
		return this;
	}

	private static Document document(Batch batch) {
		List<Document> trainees = batch.trainees()
			.stream()
			.map((trainee) -> new Document("traineeId", trainee.id()).append("name", trainee.name())
				.append("status", trainee.status().name())
				.append("outcome", (trainee.sellerId() != null) ? "REGISTERED_ARTISAN" : "NONE")
				.append("artisanId", trainee.sellerId()))
			.toList();
		return new Document("_id", batch.id()).append("centreId", batch.centre().id())
			.append("craft", batch.craft())
			.append("startsOn", batch.startsOn().toString())
			.append("endsOn", batch.endsOn().toString())
			.append("capacity", 30)
			.append("seatsLeft", 30 - trainees.size())
			.append("trainees", trainees);
	}

	/** The day, or yesterday when it would come after today. */
	private LocalDate past(LocalDate day) {
		return day.isBefore(this.today) ? day : this.today.minusDays(1);
	}

	public static Instant at(LocalDate day, int hourIst) {
		return day.atTime(LocalTime.of(hourIst, 30)).atZone(IndiaTime.ZONE).toInstant();
	}

	public static LocalDate day(Instant at) {
		return IndiaTime.dayOf(at);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
