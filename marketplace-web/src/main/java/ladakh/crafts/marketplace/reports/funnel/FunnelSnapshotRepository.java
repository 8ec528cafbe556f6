package ladakh.crafts.marketplace.reports.funnel;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The department's funnel as last built ({@code report_funnel}): one document, replaced
 * whole by each build and read by its id.
 */
@Component
class FunnelSnapshotRepository {

	static final String COLLECTION = "report_funnel";

	private static final String ID = "department";

	private final ReactiveMongoTemplate mongo;

	FunnelSnapshotRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<FunnelSnapshot> find() {
		return this.mongo.findById(ID, Document.class, COLLECTION).map(FunnelSnapshotRepository::snapshot);
	}

	Mono<FunnelSnapshot> save(FunnelSnapshot snapshot) {
		Document document = new Document("_id", ID).append("builtAt", Date.from(snapshot.builtAt()))
			.append("asOf", snapshot.asOf().toString())
			.append("earningMinor", snapshot.earningMinor())
			.append("rows", snapshot.rows().stream().map(FunnelSnapshotRepository::document).toList());
		return this.mongo
			.findAndReplace(Query.query(Criteria.where("_id").is(ID)), document,
					org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert(), Document.class,
					COLLECTION)
			.thenReturn(snapshot);
	}

	private static Document document(FunnelRow row) {
		return new Document("batchId", row.batchId()).append("centreId", row.centreId())
			.append("centreName", row.centreName())
			.append("craft", row.craft())
			.append("district", row.district())
			.append("scheme", row.scheme())
			.append("completionFy", row.completionFy())
			.append("counts",
					List.of(row.enrolled(), row.completed(), row.registered(), row.listed(), row.sold(), row.earning()))
			.append("days", List.of(row.daysToComplete(), row.daysToRegister(), row.daysToList(), row.daysToSell()));
	}

	private static FunnelSnapshot snapshot(Document document) {
		List<FunnelRow> rows = document.getList("rows", Document.class).stream().map((row) -> {
			List<Integer> counts = row.getList("counts", Integer.class);
			List<Number> days = row.getList("days", Number.class);
			return new FunnelRow(row.getString("batchId"), row.getString("centreId"), row.getString("centreName"),
					row.getString("craft"), row.getString("district"), row.getString("scheme"),
					row.getString("completionFy"), counts.get(0), counts.get(1), counts.get(2), counts.get(3),
					counts.get(4), counts.get(5), days.get(0).longValue(), days.get(1).longValue(),
					days.get(2).longValue(), days.get(3).longValue());
		}).toList();
		return new FunnelSnapshot(document.getDate("builtAt").toInstant(),
				java.time.LocalDate.parse(document.getString("asOf")), document.getLong("earningMinor"), rows);
	}

}
