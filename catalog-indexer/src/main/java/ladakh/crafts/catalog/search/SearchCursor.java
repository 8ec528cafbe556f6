package ladakh.crafts.catalog.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code nextCursor} token: base64url of a small JSON object, a dot, and a truncated
 * HMAC-SHA256 of that JSON, so a token this service did not hand out (edited, or made for
 * another query or sort) is refused.
 * <p>
 * The JSON holds the sort ({@code s}), a fingerprint of the query's text and filters
 * ({@code q}), and either the {@code search_after} values of the last hit ({@code a},
 * each typed: {@code l} long, {@code d} double, {@code s} string) or, inside the
 * diversified first window of a relevance search, an offset into that window ({@code o})
 * and its size ({@code w}).
 */
final class SearchCursor {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int MAC_BYTES = 16;

	private final byte[] key;

	SearchCursor(String secret) {
		this.key = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** Where a cursor continues: after sort values, or at an offset of the window. */
	record Position(SearchSort sort, List<FieldValue> after, int offset, int window) {

		boolean inWindow() {
			return this.after == null;
		}

	}

	String after(SearchQuery query, List<FieldValue> values) {
		ObjectNode node = base(query);
		ArrayNode array = node.putArray("a");
		for (FieldValue value : values) {
			ObjectNode typed = array.addObject();
			switch (value._kind()) {
				case Long -> typed.put("l", value.longValue());
				case Double -> typed.put("d", value.doubleValue());
				case String -> typed.put("s", value.stringValue());
				case Boolean -> typed.put("b", value.booleanValue());
				default -> throw new IllegalStateException("Unexpected sort value " + value);
			}
		}
		return sign(node);
	}

	String inWindow(SearchQuery query, int offset, int window) {
		ObjectNode node = base(query);
		node.put("o", offset);
		node.put("w", window);
		return sign(node);
	}

	/**
	 * @throws InvalidCursorException when the token was not handed out for this query
	 */
	Position read(SearchQuery query) {
		String token = query.cursor();
		int dot = token.indexOf('.');
		if (dot < 1 || token.length() > 4096) {
			throw invalid();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] mac = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(mac, mac(payload))) {
				throw invalid();
			}
			JsonNode node = JSON.readTree(payload);
			if (!query.sort().param().equals(node.path("s").asText())
					|| !fingerprint(query).equals(node.path("q").asText())) {
				throw new InvalidCursorException("This cursor belongs to another search or sort; start from page 1.");
			}
			if (node.has("o")) {
				return new Position(query.sort(), null, node.get("o").asInt(), node.get("w").asInt());
			}
			List<FieldValue> after = new ArrayList<>();
			for (JsonNode typed : node.withArray("a")) {
				if (typed.has("l")) {
					after.add(FieldValue.of(typed.get("l").asLong()));
				}
				else if (typed.has("d")) {
					after.add(FieldValue.of(typed.get("d").asDouble()));
				}
				else if (typed.has("b")) {
					after.add(FieldValue.of(typed.get("b").asBoolean()));
				}
				else {
					after.add(FieldValue.of(typed.get("s").asText()));
				}
			}
			return new Position(query.sort(), after, 0, 0);
		}
		catch (IllegalArgumentException | JsonProcessingException | NullPointerException ex) {
			if (ex instanceof InvalidCursorException invalid) {
				throw invalid;
			}
			throw invalid();
		}
		catch (java.io.IOException ex) {
			throw invalid();
		}
	}

	private ObjectNode base(SearchQuery query) {
		ObjectNode node = JSON.createObjectNode();
		node.put("s", query.sort().param());
		node.put("q", fingerprint(query));
		return node;
	}

	private String sign(ObjectNode node) {
		try {
			byte[] payload = JSON.writeValueAsBytes(node);
			return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What the results depend on apart from paging: the words and the filters. */
	private static String fingerprint(SearchQuery query) {
		String key = String.join("\u0000", String.valueOf(query.text()), String.valueOf(query.craft()),
				String.valueOf(query.sellerType()), String.valueOf(query.district()),
				String.valueOf(query.priceMinMinor()), String.valueOf(query.priceMaxMinor()),
				String.valueOf(query.gi()), String.valueOf(query.inStock()), String.valueOf(query.size()),
				String.valueOf(query.colour()), String.valueOf(query.exhibition()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return ENCODER.encodeToString(Arrays.copyOf(digest, 9));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InvalidCursorException invalid() {
		return new InvalidCursorException("This cursor is not one this search handed out; start from page 1.");
	}

}
