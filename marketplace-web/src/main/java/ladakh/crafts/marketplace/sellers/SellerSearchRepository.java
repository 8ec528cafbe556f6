package ladakh.crafts.marketplace.sellers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.MobileNumber;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The staff's seller search and the indexes every query on {@code sellers} needs
 * (docs/decisions/0046-indexes-per-query.md), beside {@link SellerRepository}, which owns
 * the documents' shape. A search reads one index and never scans: a mobile number (when
 * the member may search by it) or a registration number is matched exactly, any other
 * text is a prefix of the name, as typed or, typed in lower case, with each word
 * capitalised as names are written ("stanzin d" finds "Stanzin Dolma").
 */
@Repository
public class SellerSearchRepository {

	private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z]{2,8}/[A-Z]{2,4}/\\d{4}/\\d{1,6}");

	private final ReactiveMongoTemplate mongo;

	SellerSearchRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A page of sellers matching the text (all sellers when blank), by name then id, from
	 * {@code after} on; {@code limit} of them at most.
	 */
	public Flux<Seller> search(String text, boolean byMobile, After after, int limit) {
		String typed = (text != null) ? text.strip() : "";
		Query query = new Query().with(Sort.by("name", "_id")).limit(limit);
		Optional<MobileNumber> mobile = byMobile ? MobileNumber.read(typed) : Optional.empty();
		String number = typed.toUpperCase(Locale.ROOT);
		List<Criteria> all = new ArrayList<>();
		if (mobile.isPresent() && typed.chars().anyMatch(Character::isDigit)) {
			all.add(Criteria.where("mobile").is(mobile.get().toString()));
		}
		else if (REGISTRATION_NUMBER.matcher(number).matches()) {
			all.add(Criteria.where("registrationNumber").is(number));
		}
		else if (!typed.isEmpty()) {
			String prefix = typed.equals(typed.toLowerCase(Locale.ROOT)) ? capitalised(typed) : typed;
			all.add(Criteria.where("name").gte(prefix).lt(prefix + Character.MAX_VALUE));
		}
		if (after != null) {
			all.add(Criteria.where("name").gte(after.key()));
			all.add(new Criteria().orOperator(Criteria.where("name").gt(after.key()),
					Criteria.where("_id").gt(after.id())));
		}
		if (!all.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(all));
		}
		return this.mongo.find(query, Document.class, SellerRepository.COLLECTION).map(SellerDocuments::seller);
	}

	/** Each word's first letter in upper case. */
	static String capitalised(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (char c : text.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = Character.isWhitespace(c);
		}
		return out.toString();
	}

	/**
	 * The indexes of every query on the collection: the search's three (name then id,
	 * mobile, registration number with kind), the kind lists (by name, by id) and the
	 * active sellers of kinds (status, kind).
	 */
	public Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(SellerRepository.COLLECTION);
		return Flux.concat(
				indexes.createIndex(
						new Index().on("name", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("name_id")),
				indexes.createIndex(new Index().on("mobile", Sort.Direction.ASC).named("mobile")),
				indexes.createIndex(new Index().on("registrationNumber", Sort.Direction.ASC)
					.on("type", Sort.Direction.ASC)
					.named("registrationNumber_type")),
				indexes.createIndex(
						new Index().on("type", Sort.Direction.ASC).on("name", Sort.Direction.ASC).named("type_name")),
				indexes.createIndex(
						new Index().on("type", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("type_id")),
				// the SHG list's pages, by name then id
				indexes.createIndex(new Index().on("type", Sort.Direction.ASC)
					.on("name", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("type_name_id")),
				indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
					.on("type", Sort.Direction.ASC)
					.named("status_type")))
			.then();
	}

}
