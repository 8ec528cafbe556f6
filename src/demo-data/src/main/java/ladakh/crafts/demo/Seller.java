package ladakh.crafts.demo;

import java.time.Instant;
import java.util.List;

/**
 * An artisan, SHG or training centre that sells through the marketplace. Exactly one of
 * {@code artisan}, {@code shg} and {@code centre} is set, matching {@code type}.
 *
 * @param id {@code art-0001}, {@code shg-0001} or {@code tc-0001}
 * @param type the kind of seller
 * @param name the person, group or centre name
 * @param district the district
 * @param block the block
 * @param village the village
 * @param crafts slugs of the crafts practised
 * @param registrationNumber e.g. {@code LEH/HC/2024/0042}
 * @param status {@code ACTIVE}
 * @param story the shop-page text
 * @param artisan artisan details or {@code null}
 * @param shg SHG details or {@code null}
 * @param centre centre details or {@code null}
 * @param createdAt when the record was created
 */
public record Seller(String id, SellerType type, String name, District district, String block, String village,
		List<String> crafts, String registrationNumber, String status, Localized story, ArtisanDetails artisan,
		ShgDetails shg, CentreDetails centre, Instant createdAt) {

	public Seller {
		crafts = List.copyOf(crafts);
	}

}
