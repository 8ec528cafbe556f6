package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.sellers.registration.ApplicationDraft;
import ladakh.crafts.marketplace.sellers.registration.ApplicationDraft.Upload;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;

/**
 * The multipart application form as posted, bound by field name through this constructor.
 * The rules are the application's own (ApplicationRules, with the message beside each
 * field), so nothing is validated here. The photo is read up to the size limit and no
 * further, so an oversized upload is reported, not held in memory.
 */
record ApplicationForm(String name, String parentage, String dateOfBirth, String gender, String mobile, String district,
		String block, String village, String pinCode, List<String> crafts, String mainCraft, String yearsOfPractice,
		String trainingCentreId, String batchId, String consent, Part photo) {

	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	Mono<ApplicationDraft> draft(String consentText) {
		return upload().map((upload) -> draft(consentText, upload)).defaultIfEmpty(draft(consentText, null));
	}

	private ApplicationDraft draft(String consentText, Upload upload) {
		List<String> chosen = new ArrayList<>((this.crafts != null)
				? this.crafts.stream().map(ApplicationForm::text).filter((craft) -> !craft.isBlank()).toList()
				: List.of());
		// The main craft leads the list (it picks the department of the registration
		// number); choosing it means practising it, ticked or not.
		String main = text(this.mainCraft).strip();
		if (!main.isEmpty()) {
			chosen.remove(main);
			chosen.add(0, main);
		}
		return new ApplicationDraft(text(this.name), text(this.parentage), text(this.dateOfBirth), text(this.gender),
				text(this.mobile), text(this.district), text(this.block), text(this.village), text(this.pinCode),
				chosen, text(this.yearsOfPractice), text(this.trainingCentreId), text(this.batchId),
				"on".equals(this.consent), consentText, upload);
	}

	private Mono<Upload> upload() {
		if (!(this.photo instanceof FilePart file) || file.filename().isBlank()) {
			return Mono.empty();
		}
		return DataBufferUtils.join(file.content(), MAX_PHOTO_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return new Upload(bytes, false);
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new Upload(null, true)))
			.defaultIfEmpty(new Upload(new byte[0], false));
	}

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
