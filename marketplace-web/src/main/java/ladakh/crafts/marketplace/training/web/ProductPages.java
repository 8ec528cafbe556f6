package ladakh.crafts.marketplace.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.training.products.CentreProducts;
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
 * A centre's product stock: what its trainees made, by batch, with the pieces each has
 * now; officers record pieces made and list a product for sale in one step. Instructors
 * read their own centre's.
 */
@Controller
class ProductPages {

	private final CentreProducts products;

	private final TrainingCentres centres;

	private final CraftNames craftNames;

	private final MessageSource messages;

	ProductPages(CentreProducts products, TrainingCentres centres, CraftNames craftNames, MessageSource messages) {
		this.products = products;
		this.centres = centres;
		this.craftNames = craftNames;
		this.messages = messages;
	}

	@GetMapping("/staff/centres/{id}/products")
	Mono<Rendering> list(@PathVariable String id, @RequestParam(required = false) String after,
			@RequestParam(required = false) String done, @AuthenticationPrincipal MarketplaceUser user) {
		return centre(id, user).flatMap(
				(centre) -> page(centre, After.parse(after), MadeForm.empty(), Map.of(), done, HttpStatus.OK, user));
	}

	@PostMapping("/staff/centres/{id}/products")
	Mono<Rendering> record(@PathVariable String id, @ModelAttribute MadeForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return centre(id, user).flatMap((centre) -> this.products.record(id, form.made(), user)
			.map((product) -> Rendering.redirectTo("/staff/centres/" + id + "/products?done=recorded").build())
			.onErrorResume(Refusal.class,
					(ex) -> page(centre, null, form, errors(ex, locale), null, RefusalStatus.of(ex.kind()), user)));
	}

	@PostMapping("/staff/centres/{id}/products/{productId}/listing")
	Mono<Rendering> listForSale(@PathVariable String id, @PathVariable String productId,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return centre(id, user)
			.flatMap((centre) -> this.products.list(id, productId, user)
				.map((product) -> Rendering.redirectTo("/staff/centres/" + id + "/products?done=listed").build())
				.onErrorResume(Refusal.class,
						(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.<Rendering>error(ex)
								: page(centre, null, MadeForm.empty(),
										Map.of("", List.of(words(ex.messageKey(), locale))), null,
										RefusalStatus.of(ex.kind()), user)));
	}

	private Mono<Rendering> page(TrainingCentre centre, After after, MadeForm form, Map<String, List<String>> errors,
			String done, HttpStatus status, MarketplaceUser user) {
		return Mono
			.zip(this.products.page(centre.id(), after), this.centres.batches(centre.id()), this.craftNames.all())
			.map((read) -> Rendering.view("training/products/list")
				.status(status)
				.modelAttribute("centre", centre)
				.modelAttribute("products", read.getT1().items())
				.modelAttribute("next", read.getT1().nextAfter())
				.modelAttribute("batches", read.getT2())
				.modelAttribute("craftNames", read.getT3())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.modelAttribute("done", done)
				.modelAttribute("canEnter", user.managesDepartment())
				.build());
	}

	/**
	 * The centre, if this person may see it: an officer or a reviewer any, an instructor
	 * their own.
	 */
	private Mono<TrainingCentre> centre(String id, MarketplaceUser user) {
		boolean anyCentre = user.seesWholeDepartment();
		return this.centres.find(id)
			.filter((centre) -> anyCentre || centre.instructedBy(user.id()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("centre.refused.notFound")));
	}

	private Map<String, List<String>> errors(Refusal ex, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (ex.problems().isEmpty()) {
			errors.put((ex.field() != null) ? ex.field() : "", List.of(words(ex.messageKey(), locale, ex.arguments())));
			return errors;
		}
		for (Refusal.FieldProblem problem : ex.problems()) {
			errors.computeIfAbsent(problem.field(), (field) -> new ArrayList<>())
				.add(words(problem.messageKey(), locale, problem.arguments()));
		}
		return errors;
	}

	private String words(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** Pieces made, as typed in the form. */
	record MadeForm(String batchId, String craft, String titleEn, String titleHi, String descriptionEn, String pieces,
			String price) {

		static MadeForm empty() {
			return new MadeForm("", "", "", "", "", "", "");
		}

		CentreProducts.Made made() {
			return new CentreProducts.Made(this.batchId, this.craft, this.titleEn, this.titleHi, this.descriptionEn,
					this.pieces, this.price);
		}

	}

}
