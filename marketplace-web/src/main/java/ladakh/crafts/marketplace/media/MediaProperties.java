package ladakh.crafts.marketplace.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much image decoding may run at once.
 *
 * @param decodeSlots how many uploads may be decoded at the same time, across all forms
 * (default 2: one per core of the department's machine)
 * @param decodeWait how long an upload waits for a free slot before it is refused as busy
 * (default 2 seconds)
 */
@ConfigurationProperties("marketplace.media")
public record MediaProperties(@DefaultValue("2") int decodeSlots, @DefaultValue("2s") Duration decodeWait) {

	public MediaProperties {
		if (decodeSlots < 1) {
			throw new IllegalArgumentException("marketplace.media.decode-slots must be at least 1");
		}
		if (decodeWait.isNegative()) {
			throw new IllegalArgumentException("marketplace.media.decode-wait must not be negative");
		}
	}

}
