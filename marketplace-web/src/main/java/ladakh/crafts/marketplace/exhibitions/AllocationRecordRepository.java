package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stall_draws} collection: one document per exhibition ({@code _id} is the
 * exhibition's id, so of two officers starting a draw at once the second gets a duplicate
 * key), {@code status} RUNNING then DONE with the seed, the policy, every input (stalls
 * in plan order, applications, history) and the result (placements, waitlist). Read only
 * by id.
 */
@Repository
class AllocationRecordRepository {

	static final String COLLECTION = "stall_draws";

	private final ReactiveMongoTemplate mongo;

	AllocationRecordRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Claims the exhibition's draw for one officer.
	 * @throws Refusal CONFLICT (in the Mono) when it is claimed already
	 */
	Mono<AllocationRecord> claim(String exhibitionId, String by, Instant at) {
		return this.mongo
			.insert(new Document("_id", exhibitionId).append("status", "RUNNING")
				.append("by", by)
				.append("startedAt", Date.from(at)), COLLECTION)
			.thenReturn(new AllocationRecord(exhibitionId, by, at, null))
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("exhibitions.draw.already"));
	}

	/** Publishes a claimed draw's inputs and result. */
	Mono<AllocationRecord> complete(AllocationRecord claimed, AllocationResult result) {
		AllocationDraw draw = result.draw();
		Update update = new Update().set("status", "DONE")
			.set("policy", result.policy())
			.set("drawnOn", draw.drawnOn().toString())
			.set("seed", new Document("publicValue", draw.seed().publicValue()).append("sha256", draw.seed().sha256()))
			.set("stalls", ExhibitionRepository.stalls(new StallPlan(draw.stalls())))
			.set("applications",
					draw.applications()
						.stream()
						.map((a) -> new Document("sellerId", a.sellerId()).append("kind", a.kind().name())
							.append("categories", a.categories().stream().map(Enum::name).sorted().toList())
							.append("crafts", a.crafts())
							.append("widthDm", a.widthDm())
							.append("depthDm", a.depthDm()))
						.toList())
			.set("history",
					draw.history()
						.stream()
						.map((h) -> new Document("sellerId", h.sellerId()).append("exhibitionId", h.exhibitionId())
							.append("endsOn", h.endsOn().toString()))
						.toList())
			.set("placements",
					result.placements()
						.stream()
						.map((p) -> new Document("stallNumber", p.stallNumber()).append("sellerId", p.sellerId())
							.append("kind", p.kind().name())
							.append("reservedFor", (p.reservedFor() != null) ? p.reservedFor().name() : null)
							.append("rank", p.rank())
							.append("recentStalls", p.recentStalls())
							.append("ticket", p.lotteryTicket()))
						.toList())
			.set("waitlist",
					result.waitlist()
						.stream()
						.map((w) -> new Document("position", w.position()).append("sellerId", w.sellerId())
							.append("kind", w.kind().name())
							.append("rank", w.rank())
							.append("recentStalls", w.recentStalls())
							.append("ticket", w.lotteryTicket()))
						.toList());
		Query running = Query.query(Criteria.where("_id").is(claimed.exhibitionId()).and("status").is("RUNNING"));
		return this.mongo.updateFirst(running, update, COLLECTION)
			.filter((done) -> done.getModifiedCount() == 1)
			.map((done) -> new AllocationRecord(claimed.exhibitionId(), claimed.by(), claimed.startedAt(), result))
			.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.draw.already")));
	}

	/** Gives up a claimed draw that failed half way, so it can be run again. */
	Mono<Void> release(String exhibitionId) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(exhibitionId).and("status").is("RUNNING")), COLLECTION)
			.then();
	}

	Mono<AllocationRecord> find(String exhibitionId) {
		return this.mongo.findById(exhibitionId, Document.class, COLLECTION).map(AllocationRecordRepository::record);
	}

	private static AllocationRecord record(Document document) {
		String exhibitionId = document.getString("_id");
		Instant startedAt = document.getDate("startedAt").toInstant();
		if (!"DONE".equals(document.getString("status"))) {
			return new AllocationRecord(exhibitionId, document.getString("by"), startedAt, null);
		}
		Document seed = document.get("seed", Document.class);
		List<Applicant> applicants = new ArrayList<>();
		for (Document a : document.getList("applications", Document.class, List.of())) {
			Set<ReservedCategory> categories = EnumSet.noneOf(ReservedCategory.class);
			a.getList("categories", String.class, List.of())
				.forEach((c) -> categories.add(ReservedCategory.valueOf(c)));
			applicants.add(new Applicant(a.getString("sellerId"), StallKind.valueOf(a.getString("kind")), categories,
					a.getList("crafts", String.class, List.of()), a.getInteger("widthDm", 0),
					a.getInteger("depthDm", 0)));
		}
		List<PastAllocation> history = document.getList("history", Document.class, List.of())
			.stream()
			.map((h) -> new PastAllocation(h.getString("sellerId"), h.getString("exhibitionId"),
					LocalDate.parse(h.getString("endsOn"))))
			.toList();
		AllocationDraw draw = new AllocationDraw(exhibitionId, LocalDate.parse(document.getString("drawnOn")),
				new DrawSeed(seed.getString("publicValue"), seed.getString("sha256")),
				ExhibitionRepository.stalls(document.getList("stalls", Document.class, List.of())), applicants,
				history);
		List<AllocationResult.Placement> placements = document.getList("placements", Document.class, List.of())
			.stream()
			.map((p) -> new AllocationResult.Placement(p.getString("stallNumber"), p.getString("sellerId"),
					StallKind.valueOf(p.getString("kind")),
					(p.getString("reservedFor") != null) ? ReservedCategory.valueOf(p.getString("reservedFor")) : null,
					p.getInteger("rank"), p.getInteger("recentStalls"), p.getString("ticket")))
			.toList();
		List<AllocationResult.WaitlistEntry> waitlist = document.getList("waitlist", Document.class, List.of())
			.stream()
			.map((w) -> new AllocationResult.WaitlistEntry(w.getInteger("position"), w.getString("sellerId"),
					StallKind.valueOf(w.getString("kind")), w.getInteger("rank"), w.getInteger("recentStalls"),
					w.getString("ticket")))
			.toList();
		return new AllocationRecord(exhibitionId, document.getString("by"), startedAt,
				new AllocationResult(document.getString("policy"), draw, placements, waitlist));
	}

}
