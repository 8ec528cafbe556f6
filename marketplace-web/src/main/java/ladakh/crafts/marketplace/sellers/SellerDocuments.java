package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import ladakh.crafts.catalog.index.SellingRule;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * A seller's stored shape (field names as in docs/data-model.md), mapped by hand both
 * ways for {@link SellerRepository} and the sellers area's other repositories: a mapping,
 * no query.
 */
final class SellerDocuments {

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private SellerDocuments() {
	}

	static Seller seller(Document document) {
		Document shg = sub(document, "shg");
		Document centre = sub(document, "centre");
		Document artisan = sub(document, "artisan");
		SellerKind kind = SellerKind.of(document.getString("type"));
		return new Seller(document.getString("_id"), kind, string(document.get("name")),
				new Seller.Place(string(document.get("district")), string(document.get("block")),
						string(document.get("village"))),
				strings(document.get("crafts")),
				new Seller.Registration(blankToNull(string(document.get("registrationNumber"))),
						dateOf(document.get("registeredOn")), lastValidDay(document.get("validUntil")),
						string(document.get("applicationId"))),
				SellerStatus.of(string(document.get("status"))), string(document.get("statusReason")),
				instant(document.get("statusChangedAt")),
				MobileNumber.read(string(document.get("mobile"))).orElse(null),
				blankToNull(string(document.get("photoId"))), LocalizedText.of(document.get("story")),
				(document.get("artisan") instanceof Document) ? artisan(artisan) : null,
				(kind == SellerKind.SHG || document.get("shg") instanceof Document) ? shg(shg) : null,
				(kind == SellerKind.TRAINING_CENTRE || document.get("centre") instanceof Document) ? centre(centre)
						: null,
				(document.get("unit") instanceof Document unit) ? unit(unit) : null,
				(document.get("coop") instanceof Document coop) ? cooperative(coop) : null,
				instant(document.get("createdAt")));
	}

	private static UnitDetails unit(Document unit) {
		return new UnitDetails(string(unit.get("ownerId")), string(unit.get("ownerRegistration")),
				dateOf(unit.get("establishedOn")), blankToNull(string(unit.get("kitScheme"))));
	}

	private static CooperativeDetails cooperative(Document coop) {
		List<CooperativeDetails.Member> members = documents(coop.get("members")).stream()
			.map((member) -> new CooperativeDetails.Member(string(member.get("name")),
					blankToNull(string(member.get("artisanRegistration")))))
			.toList();
		return new CooperativeDetails(string(coop.get("actRegistration")), dateOf(coop.get("registeredOn")),
				Boolean.TRUE.equals(coop.get("handloomWeavers")), members);
	}

	private static ArtisanDetails artisan(Document artisan) {
		return new ArtisanDetails(string(artisan.get("parentage")), string(artisan.get("gender")),
				integer(artisan.get("birthYear")), integer(artisan.get("yearsOfPractice")),
				blankToNull(string(artisan.get("trainingCentreId"))), blankToNull(string(artisan.get("shgId"))));
	}

	private static ShgDetails shg(Document shg) {
		Document bearers = sub(shg, "officeBearers");
		Document bank = sub(shg, "bankAccount");
		return new ShgDetails(dateOf(shg.get("dateFormed")),
				new ArrayList<>(new LinkedHashSet<>(strings(shg.get("memberIds")))), string(bearers.get("presidentId")),
				string(bearers.get("secretaryId")), string(bearers.get("treasurerId")), string(bank.get("last4")),
				string(bank.get("ifsc")), Money.paise(number(shg.get("revolvingFundMinor")).longValue()),
				Money.paise(number(shg.get("fundBalanceMinor")).longValue()), string(shg.get("approvedBy")),
				instant(shg.get("approvedAt")));
	}

	private static CentreDetails centre(Document centre) {
		List<CentreDetails.Instructor> instructors = documents(centre.get("instructors")).stream()
			.map((instructor) -> new CentreDetails.Instructor(string(instructor.get("userId")),
					string(instructor.get("name"))))
			.toList();
		return new CentreDetails(string(centre.get("scheme")), number(centre.get("intakeCapacity")).intValue(),
				number(centre.get("courseMonths")).intValue(),
				Money.paise(number(centre.get("monthlyStipendMinor")).longValue()), instructors);
	}

	static Document document(Seller seller) {
		Seller.Registration registration = seller.registration();
		Document document = new Document("_id", seller.id()).append("type", seller.kind().name())
			.append("name", seller.name())
			.append("district", seller.place().district())
			.append("block", seller.place().block())
			.append("village", seller.place().village())
			.append("crafts", seller.crafts())
			.append("status", seller.status().name())
			.append("story", new Document("en", seller.story().en()).append("hi", seller.story().hi()))
			.append("createdAt", date(seller.createdAt()));
		if (registration.number() != null) {
			document.append("registrationNumber", registration.number())
				.append("registeredOn", iso(registration.registeredOn()))
				.append("validUntil", iso(registration.validUntil()))
				.append("applicationId", registration.applicationId());
		}
		if (seller.photoId() != null) {
			document.append("photoId", seller.photoId());
		}
		if (seller.mobile() != null) {
			document.append("mobile", seller.mobile().digits());
		}
		if (seller.artisan() != null) {
			ArtisanDetails a = seller.artisan();
			document.append("artisan",
					new Document("parentage", a.parentage()).append("gender", a.gender())
						.append("birthYear", a.birthYear())
						.append("yearsOfPractice", a.yearsOfPractice())
						.append("trainingCentreId", a.trainingCentreId())
						.append("shgId", a.shgId()));
		}
		if (seller.shg() != null) {
			ShgDetails s = seller.shg();
			document.append("shg",
					new Document("dateFormed", iso(s.dateFormed())).append("memberIds", s.memberIds())
						.append("officeBearers",
								new Document("presidentId", s.presidentId()).append("secretaryId", s.secretaryId())
									.append("treasurerId", s.treasurerId()))
						.append("bankAccount", new Document("last4", s.bankLast4()).append("ifsc", s.bankIfsc()))
						.append("revolvingFundMinor", s.revolvingFund().minor())
						.append("fundBalanceMinor", s.fundBalance().minor()));
		}
		if (seller.unit() != null) {
			UnitDetails u = seller.unit();
			document.append("unit",
					new Document("ownerId", u.ownerId()).append("ownerRegistration", u.ownerRegistration())
						.append("establishedOn", iso(u.establishedOn()))
						.append("kitScheme", u.kitScheme()));
		}
		if (seller.cooperative() != null) {
			CooperativeDetails c = seller.cooperative();
			document.append("coop", new Document("actRegistration", c.actRegistration())
				.append("registeredOn", iso(c.registeredOn()))
				.append("handloomWeavers", c.handloomWeavers())
				.append("members", c.members()
					.stream()
					.map((m) -> new Document("name", m.name()).append("artisanRegistration", m.artisanRegistration()))
					.toList()));
		}
		return document;
	}

	/**
	 * Dates are stored as ISO strings; a stored date-time is read in Indian time; an
	 * unreadable date is unknown.
	 */
	static LocalDate dateOf(Object stored) {
		if (stored instanceof Date date) {
			return date.toInstant().atZone(INDIA).toLocalDate();
		}
		if (stored instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A registration's last valid day; an unreadable one has run out, as
	 * {@link SellingRule} reads it.
	 */
	static LocalDate lastValidDay(Object stored) {
		return (stored instanceof String text) ? SellingRule.lastValidDay(text) : dateOf(stored);
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static Date date(Instant at) {
		return (at != null) ? Date.from(at) : null;
	}

	private static Instant instant(Object stored) {
		return (stored instanceof Date date) ? date.toInstant() : null;
	}

	private static Document sub(Document document, String field) {
		return (document.get(field) instanceof Document sub) ? sub : new Document();
	}

	private static List<Document> documents(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
		}
		return List.of();
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

	private static String string(Object stored) {
		return (stored instanceof String text) ? text : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static Number number(Object stored) {
		return (stored instanceof Number number) ? number : 0;
	}

	private static Integer integer(Object stored) {
		return (stored instanceof Number number) ? number.intValue() : null;
	}

}
