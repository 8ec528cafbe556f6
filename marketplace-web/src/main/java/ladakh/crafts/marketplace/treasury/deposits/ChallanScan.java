package ladakh.crafts.marketplace.treasury.deposits;

import java.util.Arrays;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A challan scan checked before any work (decision 0032): its size, then what it is by
 * its first bytes whatever it is called: a PDF, a JPEG or a PNG.
 *
 * @param bytes the file
 * @param contentType the media type its content says
 */
public record ChallanScan(byte[] bytes, String contentType) {

	/** The largest scan taken: a phone photo or a one-page scan fits easily. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/**
	 * The scan, told by content.
	 * @throws Refusal INVALID at {@code scan}: missing, too large, or not a PDF, JPEG or
	 * PNG
	 */
	public static ChallanScan check(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw Refusal.invalid("treasury.scan.required").at("scan");
		}
		if (bytes.length > MAX_BYTES) {
			throw Refusal.invalid("treasury.scan.tooLarge", MAX_BYTES / (1024 * 1024)).at("scan");
		}
		if (startsWith(bytes, PDF)) {
			return new ChallanScan(bytes, "application/pdf");
		}
		if (startsWith(bytes, JPEG)) {
			return new ChallanScan(bytes, "image/jpeg");
		}
		if (startsWith(bytes, PNG)) {
			return new ChallanScan(bytes, "image/png");
		}
		throw Refusal.invalid("treasury.scan.kind").at("scan");
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

}
