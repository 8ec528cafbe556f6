package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.catalog.index.SellingRule;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A seller: an artisan, an SHG, a training centre, a unit holder or a co-operative
 * society, one {@code sellers} document each. Its methods decide every move of its status
 * and refuse the illegal ones with a {@link Refusal}; {@link SellerRepository} persists a
 * move only while the stored status is still the one this instance was loaded with
 * ({@link #loadedStatus()}).
 */
public final class Seller {

	private final String id;

	private final SellerKind kind;

	private final String name;

	private final Place place;

	private final List<String> crafts;

	private final Registration registration;

	private final MobileNumber mobile;

	private final String photoId;

	private final LocalizedText story;

	private final ArtisanDetails artisan;

	private final CentreDetails centre;

	private final Instant createdAt;

	private final SellerStatus loadedStatus;

	private SellerStatus status;

	private String statusReason;

	private Instant statusChangedAt;

	private ShgDetails shg;

	private final UnitDetails unit;

	private final CooperativeDetails cooperative;

	/**
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param block the block, or null
	 * @param village the village, or null
	 */
	public record Place(String district, String block, String village) {

	}

	/**
	 * The department's registration of the seller.
	 *
	 * @param number e.g. {@code LEH/HC/2026/0042}, or null when not numbered
	 * @param registeredOn the registration date, or null
	 * @param validUntil the last valid day, or null when open-ended
	 * @param applicationId the approved application, or null
	 */
	public record Registration(String number, LocalDate registeredOn, LocalDate validUntil, String applicationId) {

		public static final Registration NONE = new Registration(null, null, null, null);

	}

	Seller(String id, SellerKind kind, String name, Place place, List<String> crafts, Registration registration,
			SellerStatus status, String statusReason, Instant statusChangedAt, MobileNumber mobile, String photoId,
			LocalizedText story, ArtisanDetails artisan, ShgDetails shg, CentreDetails centre, Instant createdAt) {
		this(id, kind, name, place, crafts, registration, status, statusReason, statusChangedAt, mobile, photoId, story,
				artisan, shg, centre, null, null, createdAt);
	}

	Seller(String id, SellerKind kind, String name, Place place, List<String> crafts, Registration registration,
			SellerStatus status, String statusReason, Instant statusChangedAt, MobileNumber mobile, String photoId,
			LocalizedText story, ArtisanDetails artisan, ShgDetails shg, CentreDetails centre, UnitDetails unit,
			CooperativeDetails cooperative, Instant createdAt) {
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.place = (place != null) ? place : new Place(null, null, null);
		this.crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
		this.registration = (registration != null) ? registration : Registration.NONE;
		this.status = status;
		this.loadedStatus = status;
		this.statusReason = statusReason;
		this.statusChangedAt = statusChangedAt;
		this.mobile = mobile;
		this.photoId = photoId;
		this.story = (story != null) ? story : new LocalizedText("", "");
		this.artisan = artisan;
		this.shg = shg;
		this.centre = centre;
		this.unit = unit;
		this.cooperative = cooperative;
		this.createdAt = createdAt;
	}

	/**
	 * An artisan an officer approved: registered, numbered and selling from the start.
	 */
	public static Seller registeredArtisan(String id, String name, Place place, List<String> crafts,
			Registration registration, MobileNumber mobile, String photoId, ArtisanDetails artisan, Instant at) {
		if (registration.number() == null) {
			throw Refusal.invalid("sellers.refused.unnumbered");
		}
		return new Seller(id, SellerKind.ARTISAN, name, place, crafts, registration, SellerStatus.ACTIVE, null, null,
				mobile, photoId, null, artisan, null, null, at);
	}

	/**
	 * A unit holder an officer registered: numbered and selling from the start. Whether
	 * the owner is a registered artisan is checked by the caller against the records.
	 */
	public static Seller registeredUnitHolder(String id, String name, Place place, List<String> crafts,
			Registration registration, MobileNumber mobile, UnitDetails unit, Instant at) {
		if (registration.number() == null) {
			throw Refusal.invalid("sellers.refused.unnumbered");
		}
		if (unit == null || unit.ownerId() == null) {
			throw Refusal.invalid("units.refused.owner").at("ownerRegistration");
		}
		return new Seller(id, SellerKind.UNIT_HOLDER, name, place, crafts, registration, SellerStatus.ACTIVE, null,
				null, mobile, null, new LocalizedText("", ""), null, null, null, unit, null, at);
	}

	/**
	 * A co-operative society an officer registered: numbered and selling from the start.
	 */
	public static Seller registeredCooperative(String id, String name, Place place, List<String> crafts,
			Registration registration, MobileNumber mobile, CooperativeDetails cooperative, Instant at) {
		if (registration.number() == null) {
			throw Refusal.invalid("sellers.refused.unnumbered");
		}
		if (cooperative == null || cooperative.actRegistration() == null || cooperative.members().isEmpty()) {
			throw Refusal.invalid("units.refused.coop");
		}
		return new Seller(id, SellerKind.CO_OPERATIVE, name, place, crafts, registration, SellerStatus.ACTIVE, null,
				null, mobile, null, new LocalizedText("", ""), null, null, null, null, cooperative, at);
	}

	/** A self-help group an officer entered: it waits, PENDING, for an approval. */
	public static Seller newShg(String id, String name, Place place, List<String> crafts, ShgDetails shg, Instant at) {
		return new Seller(id, SellerKind.SHG, name, place, crafts, Registration.NONE, SellerStatus.PENDING, null, null,
				null, null, new LocalizedText("", ""), null, shg, null, at);
	}

	/** PENDING → ACTIVE, by an officer. */
	public void approve(String officerId, Instant at) {
		require(SellerStatus.PENDING, "sellers.refused.approve");
		if (this.shg != null) {
			this.shg = this.shg.approvedBy(officerId, at);
		}
		move(SellerStatus.ACTIVE, null, at);
	}

	/** ACTIVE → SUSPENDED, with the officer's reason. */
	public void suspend(String reason, Instant at) {
		String why = reason(reason);
		require(SellerStatus.ACTIVE, "registration.refused.suspend");
		move(SellerStatus.SUSPENDED, why, at);
	}

	/** SUSPENDED → ACTIVE, with the officer's reason. */
	public void reinstate(String reason, Instant at) {
		String why = reason(reason);
		require(SellerStatus.SUSPENDED, "registration.refused.reinstate");
		move(SellerStatus.ACTIVE, why, at);
	}

	/** Whether this seller may sell on the given day: {@link SellingRule}. */
	public boolean sellsOn(LocalDate today) {
		return SellingRule.sellsOn(this.status.name(), this.registration.validUntil(), today);
	}

	/** A registration number held by a seller who sells on that day. */
	public boolean vouchedForOn(LocalDate today) {
		return this.registration.number() != null && sellsOn(today);
	}

	/** Whether the revolving fund may move now: only an approved SHG's. */
	public boolean fundOpen() {
		return this.kind == SellerKind.SHG && this.status == SellerStatus.ACTIVE;
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("registration.refused.reasonRequired").at("reason");
		}
		return reason.strip();
	}

	private void require(SellerStatus expected, String messageKey) {
		if (this.status != expected) {
			throw Refusal.conflict(messageKey, this.status.name());
		}
	}

	private void move(SellerStatus next, String reason, Instant at) {
		this.status = next;
		this.statusReason = reason;
		this.statusChangedAt = at;
	}

	public String id() {
		return this.id;
	}

	public SellerKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public Place place() {
		return this.place;
	}

	public List<String> crafts() {
		return this.crafts;
	}

	public Registration registration() {
		return this.registration;
	}

	public SellerStatus status() {
		return this.status;
	}

	SellerStatus loadedStatus() {
		return this.loadedStatus;
	}

	public String statusReason() {
		return this.statusReason;
	}

	public Instant statusChangedAt() {
		return this.statusChangedAt;
	}

	/** The mobile number, or null; private, staff only. */
	public MobileNumber mobile() {
		return this.mobile;
	}

	public String photoId() {
		return this.photoId;
	}

	public LocalizedText story() {
		return this.story;
	}

	/** An artisan's own details, or null for other kinds. */
	public ArtisanDetails artisan() {
		return this.artisan;
	}

	/** An SHG's own details, or null for other kinds. */
	public ShgDetails shg() {
		return this.shg;
	}

	/** A training centre's own details, or null for other kinds. */
	public CentreDetails centre() {
		return this.centre;
	}

	/** A unit holder's own details, or null for other kinds. */
	public UnitDetails unit() {
		return this.unit;
	}

	/** A co-operative society's own details, or null for other kinds. */
	public CooperativeDetails cooperative() {
		return this.cooperative;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
