package ladakh.crafts.marketplace.sellers;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How the training area reads its centres' seller records (a training centre sells as a
 * seller of kind TRAINING_CENTRE): one centre, or a page by id. Never the {@code sellers}
 * documents themselves.
 */
@Service
public class CentreSellers {

	private final SellerRepository sellers;

	CentreSellers(SellerRepository sellers) {
		this.sellers = sellers;
	}

	/** The centre's seller record, or empty when there is no such centre. */
	public Mono<Seller> find(String centreId) {
		return this.sellers.find(centreId, SellerKind.TRAINING_CENTRE);
	}

	/**
	 * Names the instructor among the centre's instructors (a placement there began);
	 * naming one already there changes nothing.
	 */
	public Mono<Void> addInstructor(String centreId, String userId, String name) {
		return this.sellers.addCentreInstructor(centreId, userId, name);
	}

	/**
	 * Takes the instructor off the centre's instructors (their placement there ended).
	 */
	public Mono<Void> removeInstructor(String centreId, String userId) {
		return this.sellers.removeCentreInstructor(centreId, userId);
	}

	/** Up to {@code limit} centres by id, after {@code afterId} (or from the first). */
	public Flux<Seller> byId(String afterId, int limit) {
		return this.sellers.ofKindById(SellerKind.TRAINING_CENTRE, afterId, limit);
	}

}
