package ladakh.crafts.marketplace.search.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.catalog.search.InvalidSynonymGroupException;
import ladakh.crafts.catalog.search.SynonymGroup;
import ladakh.crafts.marketplace.search.SynonymAdministration;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The staff page for search synonyms: the groups, a form to add one, and per group an
 * edit form and a delete button. Every change goes to the audit trail.
 */
@Controller
class SynonymAdminController {

	private static final String BASE = "/admin/search/synonyms";

	private final SynonymAdministration synonyms;

	private final MessageSource messages;

	SynonymAdminController(SynonymAdministration synonyms, MessageSource messages) {
		this.synonyms = synonyms;
		this.messages = messages;
	}

	@GetMapping(BASE)
	Rendering list(ServerWebExchange exchange) {
		String done = exchange.getRequest().getQueryParams().getFirst("done");
		return listPage(SynonymForm.empty(), List.of(), HttpStatus.OK, done);
	}

	@PostMapping(BASE)
	Mono<Rendering> add(@ModelAttribute SynonymForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		return Mono.defer(() -> {
			List<String> problems = form.problems();
			if (!problems.isEmpty()) {
				return Mono.just(listPage(form, resolve(problems, locale), HttpStatus.BAD_REQUEST, null));
			}
			return this.synonyms.add(form.parsed(), form.parsedMeans(), user)
				.map((group) -> Rendering.redirectTo(BASE + "?done=added").build())
				.onErrorResume(InvalidSynonymGroupException.class, (ex) -> Mono.just(listPage(form,
						resolve(List.of("synonyms.form.terms.exists"), locale), HttpStatus.CONFLICT, null)));
		});
	}

	@GetMapping(BASE + "/{id}")
	Mono<Rendering> edit(@PathVariable String id) {
		return this.synonyms.find(id)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((group) -> editPage(id, SynonymForm.of(group), List.of(), HttpStatus.OK));
	}

	@PostMapping(BASE + "/{id}")
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute SynonymForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			List<String> problems = form.problems();
			if (!problems.isEmpty()) {
				return this.synonyms.find(id)
					.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
					.map((group) -> editPage(id, form, resolve(problems, locale), HttpStatus.BAD_REQUEST));
			}
			return this.synonyms.change(id, form.parsed(), form.parsedMeans(), user)
				.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
				.map((group) -> Rendering.redirectTo(BASE + "?done=saved").build());
		});
	}

	@PostMapping(BASE + "/{id}/delete")
	Mono<Rendering> delete(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.synonyms.delete(id, user)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((group) -> Rendering.redirectTo(BASE + "?done=deleted").build());
	}

	private Rendering listPage(SynonymForm form, List<String> errors, HttpStatus status, String done) {
		return Rendering.view("search/synonyms")
			.status(status)
			.modelAttribute("groups", this.synonyms.all().map(GroupRow::of).collectList())
			.modelAttribute("form", form)
			.modelAttribute("errors", Map.of("terms", errors))
			.modelAttribute("done", (done != null && done.matches("added|saved|deleted")) ? done : "")
			.build();
	}

	private Rendering editPage(String id, SynonymForm form, List<String> errors, HttpStatus status) {
		return Rendering.view("search/synonym-edit")
			.status(status)
			.modelAttribute("groupId", id)
			.modelAttribute("form", form)
			.modelAttribute("errors", Map.of("terms", errors))
			.build();
	}

	/** A group as the list shows it, its date in India's time zone. */
	record GroupRow(String id, String terms, String updatedBy, String updatedAt, String means) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter
			.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH)
			.withZone(ZoneId.of("Asia/Kolkata"));

		static GroupRow of(SynonymGroup group) {
			return new GroupRow(group.id(), String.join(", ", group.terms()), group.updatedBy(),
					WHEN.format(group.updatedAt()), String.join(", ", group.means()));
		}

	}

	private List<String> resolve(List<String> keys, Locale locale) {
		return keys.stream().map((key) -> this.messages.getMessage(key, null, key, locale)).toList();
	}

}
