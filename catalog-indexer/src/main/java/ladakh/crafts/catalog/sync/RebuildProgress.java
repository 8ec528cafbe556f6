package ladakh.crafts.catalog.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * A full rebuild's progress, as kept in {@code catalog_sync}.
 *
 * @param status {@code REQUESTED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param target the new physical index
 * @param total listings to copy
 * @param done listings copied
 * @param requestedBy who asked (a user id, or the definition version for an automatic
 * one)
 * @param requestedAt when
 * @param startedAt when the copy began
 * @param finishedAt when it ended
 * @param error why it failed
 */
public record RebuildProgress(String status, String target, long total, long done, String requestedBy,
		Instant requestedAt, Instant startedAt, Instant finishedAt, String error) {

	/** Percent done, 0 to 100. */
	public int percent() {
		if ("DONE".equals(this.status)) {
			return 100;
		}
		return (this.total <= 0) ? 0 : (int) Math.min(100, this.done * 100 / this.total);
	}

	/** How long it took, or has taken so far; {@code null} before it started. */
	public Duration elapsed(Instant now) {
		if (this.startedAt == null) {
			return null;
		}
		return Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now);
	}

	public boolean inProgress() {
		return "REQUESTED".equals(this.status) || "RUNNING".equals(this.status);
	}

	static RebuildProgress of(Object stored) {
		if (!(stored instanceof Document document)) {
			return null;
		}
		return new RebuildProgress(document.getString("status"), document.getString("target"),
				number(document.get("total")), number(document.get("done")), document.getString("requestedBy"),
				instant(document.get("requestedAt")), instant(document.get("startedAt")),
				instant(document.get("finishedAt")), document.getString("error"));
	}

	private static long number(Object value) {
		return (value instanceof Number n) ? n.longValue() : 0L;
	}

	private static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

}
