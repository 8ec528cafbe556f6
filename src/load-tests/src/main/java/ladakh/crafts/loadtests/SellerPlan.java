package ladakh.crafts.loadtests;

import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * A generated seller: its {@code sellers} document and what its listings need to know.
 *
 * @param id the seller id
 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param name the seller's name
 * @param village where it is
 * @param crafts the crafts it practises
 * @param giNumbers GI authorised-user numbers by craft slug
 * @param weight how many listings it has, relative to other sellers
 * @param document the {@code sellers} document
 */
record SellerPlan(String id, String type, String name, Places.Village village, List<String> crafts,
		Map<String, String> giNumbers, int weight, Document document) {

	/** How the listing's description names its maker. */
	String maker() {
		return switch (this.type) {
			case "SHG" -> "the members of " + this.name;
			case "TRAINING_CENTRE" -> "trainees of the " + this.name;
			default -> this.name;
		};
	}

}
