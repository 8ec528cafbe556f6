package ladakh.crafts.marketplace.system.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be.
 *
 * @param maxBody the most any request body may be, except on the paths an area declares
 * as an {@link UploadRoute} (default 1 MB: forms and JSON are far smaller)
 */
@ConfigurationProperties("marketplace.http")
record RequestLimitsProperties(@DefaultValue("1MB") DataSize maxBody) {

	RequestLimitsProperties {
		if (maxBody.toBytes() < 1) {
			throw new IllegalArgumentException("marketplace.http.max-body must be positive");
		}
	}

}
