package ladakh.crafts.catalog.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import ladakh.crafts.catalog.index.ListingDocument;

/** Turns Elasticsearch's answer into the query API's records. */
final class SearchResults {

	private SearchResults() {
	}

	static SearchHit hit(ListingDocument doc) {
		return new SearchHit(doc.id(), doc.title(), doc.craft(), doc.craftName(), doc.priceMinor(), doc.currency(),
				doc.sellerId(), doc.sellerName(), doc.sellerType(), doc.district(), doc.registrationNumber(),
				doc.verified(), doc.inStock(), doc.madeToOrder(), doc.leadTimeDays(), doc.gi(), doc.thumbnailId());
	}

	static Facets facets(SearchResponse<ListingDocument> response) {
		if (response.aggregations() == null || response.aggregations().isEmpty()) {
			return Facets.none();
		}
		return new Facets(terms(response, ListingQueries.CRAFT), terms(response, ListingQueries.SELLER_TYPE),
				terms(response, ListingQueries.DISTRICT), prices(response), terms(response, ListingQueries.COLOUR));
	}

	private static List<FacetCount> terms(SearchResponse<ListingDocument> response, String name) {
		Aggregate values = values(response, name);
		if (values == null || !values.isSterms()) {
			return List.of();
		}
		return values.sterms()
			.buckets()
			.array()
			.stream()
			.filter((bucket) -> bucket.docCount() > 0)
			.map((StringTermsBucket bucket) -> new FacetCount(bucket.key().stringValue(), bucket.docCount()))
			.toList();
	}

	private static List<PriceBucket> prices(SearchResponse<ListingDocument> response) {
		Aggregate values = values(response, ListingQueries.PRICE);
		if (values == null || !values.isRange()) {
			return List.of();
		}
		return values.range()
			.buckets()
			.array()
			.stream()
			.map((RangeBucket bucket) -> new PriceBucket(toLong(bucket.from()), toLong(bucket.to()), bucket.docCount()))
			.toList();
	}

	private static Aggregate values(SearchResponse<ListingDocument> response, String name) {
		Aggregate facet = response.aggregations().get(name);
		if (facet == null || !facet.isFilter()) {
			return null;
		}
		return facet.filter().aggregations().get(ListingQueries.VALUES);
	}

	private static Long toLong(Double value) {
		return (value != null) ? value.longValue() : null;
	}

}
