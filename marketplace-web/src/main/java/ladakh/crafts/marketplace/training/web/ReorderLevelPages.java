package ladakh.crafts.marketplace.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.stock.ReorderLevels;
import ladakh.crafts.marketplace.training.stock.StockItem;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The stock items' reorder levels (issue 18): one form per item of the catalogue, for
 * officers and admins. A level that is not a whole number from 0 is answered 400 with the
 * page again, the error beside that item's field.
 */
@Controller
class ReorderLevelPages {

	private final ReorderLevels levels;

	private final MessageSource messages;

	private final Labels labels;

	ReorderLevelPages(ReorderLevels levels, MessageSource messages, Labels labels) {
		this.levels = levels;
		this.messages = messages;
		this.labels = labels;
	}

	@GetMapping("/staff/stock/reorder-levels")
	Mono<Rendering> page(@RequestParam(required = false) String done, Locale locale) {
		return page(StockItem.byId(done).map(StockItem::id).orElse(null), null, null, List.of(), HttpStatus.OK, locale);
	}

	@PostMapping("/staff/stock/reorder-levels/{itemId}")
	Mono<Rendering> set(@PathVariable String itemId, @ModelAttribute LevelForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.levels.set(itemId, form.level(), user)
			.thenReturn(Rendering.redirectTo("/staff/stock/reorder-levels?done=" + itemId).build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() != Refusal.Kind.INVALID) ? Mono.error(ex)
					: page(null, itemId, form.level(), List.of(text(ex, locale)), HttpStatus.BAD_REQUEST, locale));
	}

	private Mono<Rendering> page(String done, String itemId, String written, List<String> errors, HttpStatus status,
			Locale locale) {
		return this.levels.levels().map((set) -> {
			List<ItemRow> rows = new ArrayList<>();
			for (StockItem item : StockItem.CATALOGUE) {
				boolean refused = item.id().equals(itemId);
				String name = this.labels.code("stock.item", item.id(), locale);
				String unit = this.labels.code("stock.unit", item.unit().name(), locale);
				rows.add(new ItemRow(item.id(), "level-" + item.id() + "-input",
						this.messages.getMessage("stock.reorder.field", new Object[] { name, unit }, locale),
						refused ? Objects.toString(written, "") : String.valueOf(set.getOrDefault(item.id(), 0L)),
						refused ? errors : null));
			}
			return Rendering.view("training/stock/reorder-levels")
				.status(status)
				.modelAttribute("rows", rows)
				.modelAttribute("done",
						(done != null) ? this.messages.getMessage("stock.reorder.done",
								new Object[] { this.labels.code("stock.item", done, locale) }, locale) : null)
				.build();
		});
	}

	private String text(Refusal ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	/**
	 * One item's form, in the reader's language.
	 *
	 * @param id the item
	 * @param inputId its field's id
	 * @param label the field's label
	 * @param value the level shown (as written, when refused)
	 * @param errors the refusal beside the field, or null
	 */
	record ItemRow(String id, String inputId, String label, String value, List<String> errors) {

	}

	/** The form: the level as written. */
	record LevelForm(String level) {

	}

}
