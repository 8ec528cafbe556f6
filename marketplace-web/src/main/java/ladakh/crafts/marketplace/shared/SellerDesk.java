package ladakh.crafts.marketplace.shared;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

/**
 * One panel of the seller's home page (orders to pack, low stock, recent sales). The
 * sellers area renders the page; the areas that know orders and listings answer this, so
 * the sellers area need not depend on the areas that depend on it. Each panel reads a few
 * documents by an index.
 */
public interface SellerDesk {

	/** How many rows a panel shows at most. */
	int ROWS = 5;

	/** The panel's place on the page, lowest first. */
	int place();

	/** The seller's panel, with its rows already in the reader's language. */
	Mono<Panel> panel(String sellerId, Locale locale);

	/**
	 * @param id the panel's element id
	 * @param headingKey the message key of its heading
	 * @param emptyKey the message key shown when it has no rows
	 * @param rows at most {@link #ROWS}
	 * @param link where the whole list is
	 * @param linkKey the message key of that link
	 */
	record Panel(String id, String headingKey, String emptyKey, List<Row> rows, String link, String linkKey) {

		public Panel {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * @param text what it is (an order number, a title)
	 * @param detail more about it, already in the reader's language
	 * @param href where it is
	 */
	record Row(String text, String detail, String href) {

	}

}
