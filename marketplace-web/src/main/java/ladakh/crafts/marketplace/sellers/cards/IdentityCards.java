package ladakh.crafts.marketplace.sellers.cards;

import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.sellers.cards.CardUnavailableException.Reason;
import ladakh.crafts.marketplace.sellers.cards.IdentityCardPdf.HindiFont;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import com.lowagie.text.pdf.BaseFont;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Service;

/**
 * Issues registration cum identity cards: only to an ACTIVE artisan with a registration
 * number. The PDF is drawn on the bounded elastic scheduler.
 */
@Service
public class IdentityCards {

	/** Portraits are re-encoded small JPEGs; anything far larger is not one. */
	private static final int MAX_PHOTO_BYTES = 4 * 1024 * 1024;

	private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final Log logger = LogFactory.getLog(IdentityCards.class);

	private final RegisteredArtisans artisans;

	private final CraftNames craftNames;

	private final PhotoStore photos;

	private final VerificationLinks links;

	private final IdentityCardPdf pdf;

	IdentityCards(RegisteredArtisans artisans, CraftNames craftNames, PhotoStore photos, VerificationLinks links,
			PdfFonts fonts) {
		this.artisans = artisans;
		this.craftNames = craftNames;
		this.photos = photos;
		this.links = links;
		this.pdf = new IdentityCardPdf(fonts.devanagariFile().map(IdentityCards::hindiFont).orElse(HindiFont.NONE));
	}

	/**
	 * The card of the artisan with this seller id.
	 * @param sellerId the artisan's seller id
	 * @return the card, or a {@link CardUnavailableException} saying why there is none
	 */
	public Mono<IdentityCard> forArtisan(String sellerId) {
		return this.artisans.byId(sellerId)
			.switchIfEmpty(Mono.error(() -> new CardUnavailableException(Reason.NOT_AN_ARTISAN, sellerId)))
			.flatMap((artisan) -> {
				if (artisan.registrationNumber() == null) {
					return Mono.error(new CardUnavailableException(Reason.NOT_REGISTERED, sellerId));
				}
				if (!artisan.mayHoldCardOn(this.artisans.today())) {
					return Mono.error(new CardUnavailableException(Reason.NOT_ACTIVE, sellerId));
				}
				return Mono.zip(this.craftNames.names(artisan.crafts(), Locale.ENGLISH), portrait(artisan.photoId()))
					.flatMap((parts) -> render(artisan, String.join(", ", parts.getT1()), parts.getT2()));
			});
	}

	private Mono<IdentityCard> render(RegisteredArtisan artisan, String crafts, byte[] photo) {
		CardContent content = new CardContent(artisan.name(), crafts, artisan.registrationNumber(),
				districtName(artisan.district()), printed(artisan.validUntil()), printed(artisan.registeredOn()),
				(photo.length > 0) ? photo : null, this.links.forNumber(artisan.registrationNumber()));
		return Mono.fromCallable(() -> this.pdf.render(content))
			.subscribeOn(Schedulers.boundedElastic())
			.map((bytes) -> new IdentityCard(filename(artisan.registrationNumber()), bytes));
	}

	/** The portrait's bytes, or none when there is no readable portrait. */
	private Mono<byte[]> portrait(String photoId) {
		if (photoId == null) {
			return Mono.just(new byte[0]);
		}
		return this.photos.find(photoId)
			.filter((photo) -> photo.length() <= MAX_PHOTO_BYTES)
			.flatMap((photo) -> DataBufferUtils.join(this.photos.content(photo.id())).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			}))
			.onErrorResume((ex) -> {
				logger.warn("Portrait " + photoId + " could not be read; the card shows a silhouette", ex);
				return Mono.empty();
			})
			.defaultIfEmpty(new byte[0]);
	}

	/**
	 * Only letters, digits and dashes: {@code LEH/HC/2026/0042} →
	 * {@code id-card-LEH-HC-2026-0042.pdf}.
	 */
	static String filename(String registrationNumber) {
		String safe = registrationNumber.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return "id-card-" + (safe.isEmpty() ? "artisan" : safe) + ".pdf";
	}

	private static String printed(LocalDate date) {
		return (date != null) ? date.format(PRINTED_DATE) : "-";
	}

	private static String districtName(String district) {
		if (district == null) {
			return "-";
		}
		return switch (district) {
			case "LEH" -> "Leh";
			case "KARGIL" -> "Kargil";
			default -> district;
		};
	}

	private static HindiFont hindiFont(Path path) {
		try {
			BaseFont pdfFont = BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			return new HindiFont(pdfFont, java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, path.toFile()));
		}
		catch (IOException | FontFormatException | RuntimeException ex) {
			logger.warn("Identity cards are printed without the Hindi line: " + path + " is not usable", ex);
			return HindiFont.NONE;
		}
	}

}
