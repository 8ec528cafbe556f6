package ladakh.crafts.marketplace.treasury.deposits.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.treasury.deposits.ChallanScan;
import ladakh.crafts.marketplace.treasury.deposits.NewDeposit;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;

/**
 * The new deposit form (and the API's multipart body): the challan's fields and its scan.
 */
record DepositForm(String grn, String challanDate, String branch, String headOfAccount, String amount, String depositor,
		Part scan) {

	static DepositForm empty() {
		return new DepositForm("", "", "", "", "", "", null);
	}

	/**
	 * The scan's bytes, up to one more than the limit (enough to say it is too big), and
	 * no more read.
	 */
	Mono<byte[]> bytes() {
		if (!(this.scan instanceof FilePart part) || part.filename().isBlank()) {
			return Mono.just(new byte[0]);
		}
		return DataBufferUtils.join(part.content(), ChallanScan.MAX_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new byte[ChallanScan.MAX_BYTES + 1]))
			.defaultIfEmpty(new byte[0]);
	}

	/**
	 * The checked deposit and scan; every field's problem at once, the scan's among them.
	 * @throws Refusal INVALID with the problems
	 */
	Checked check(byte[] bytes, LocalDate today) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		ChallanScan scan = null;
		try {
			scan = ChallanScan.check(bytes);
		}
		catch (Refusal ex) {
			problems.add(new Refusal.FieldProblem("scan", ex.messageKey(), ex.arguments()));
		}
		NewDeposit deposit = null;
		try {
			deposit = NewDeposit.read(this.grn, this.challanDate, this.branch, this.headOfAccount, this.amount,
					this.depositor, today);
		}
		catch (Refusal ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("treasury.deposit.invalid", problems);
		}
		return new Checked(deposit, scan);
	}

	record Checked(NewDeposit deposit, ChallanScan scan) {

	}

}
