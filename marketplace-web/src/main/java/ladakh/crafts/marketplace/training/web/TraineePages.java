package ladakh.crafts.marketplace.training.web;

import java.util.Locale;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TraineeRecords;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The trainee's own page (phone-size: their attendance by month and their stipends) and
 * statement, found from the signed-in account only; and the same statement printed by the
 * centre.
 */
@Controller
class TraineePages {

	private final TraineeRecords records;

	private final TraineeStatementPdf pdf;

	TraineePages(TraineeRecords records, TraineeStatementPdf pdf) {
		this.records = records;
		this.pdf = pdf;
	}

	@GetMapping("/trainee")
	Mono<Rendering> own(@AuthenticationPrincipal MarketplaceUser user) {
		return this.records.own(user)
			.map((history) -> Rendering.view("training/trainee")
				.modelAttribute("enrolled", true)
				.modelAttribute("history", history)
				.build())
			.defaultIfEmpty(Rendering.view("training/trainee").modelAttribute("enrolled", false).build());
	}

	@GetMapping("/trainee/statement.pdf")
	Mono<ResponseEntity<byte[]>> ownStatement(@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.records.own(user)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((history) -> this.pdf.render(history, locale))
			.map(TraineePages::pdf);
	}

	@GetMapping("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/statement.pdf")
	Mono<ResponseEntity<byte[]>> centreStatement(@PathVariable String id, @PathVariable String batchId,
			@PathVariable String traineeId, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.records.forCentre(id, batchId, traineeId, user)
			.flatMap((history) -> this.pdf.render(history, locale))
			.map(TraineePages::pdf);
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("stipend-statement.pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.contentLength(pdf.length)
			.body(pdf);
	}

}
