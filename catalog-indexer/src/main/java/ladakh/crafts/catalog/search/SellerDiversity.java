package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.search.Hit;
import ladakh.crafts.catalog.index.ListingDocument;

/**
 * The first page of a relevance search shows at most {@link #perSeller(int)} listings of
 * one seller while other sellers' listings match; the listings it pushes down keep their
 * order on the following pages (docs/decisions/0019-search-relevance.md).
 */
final class SellerDiversity {

	private SellerDiversity() {
	}

	/** At most a fifth of the page, and never fewer than two. */
	static int perSeller(int pageSize) {
		return Math.max(2, pageSize / 5);
	}

	/**
	 * Reorders a window of hits in relevance order: page 1 takes the best hits while no
	 * seller exceeds the cap, and fills any remaining places with the best of the rest;
	 * everything else follows in its original order.
	 * @param hits the window, best first
	 * @param pageSize the page size
	 * @return the same hits, each exactly once
	 */
	static <T extends Hit<ListingDocument>> List<T> reorder(List<T> hits, int pageSize) {
		int cap = perSeller(pageSize);
		List<T> first = new ArrayList<>(pageSize);
		List<T> rest = new ArrayList<>(hits.size());
		Map<String, Integer> perSeller = new HashMap<>();
		for (T hit : hits) {
			String seller = (hit.source() != null) ? hit.source().sellerId() : null;
			int shown = perSeller.getOrDefault(seller, 0);
			if (first.size() < pageSize && shown < cap) {
				first.add(hit);
				perSeller.put(seller, shown + 1);
			}
			else {
				rest.add(hit);
			}
		}
		while (first.size() < pageSize && !rest.isEmpty()) {
			first.add(rest.remove(0));
		}
		List<T> ordered = new ArrayList<>(hits.size());
		ordered.addAll(first);
		ordered.addAll(rest);
		return ordered;
	}

}
