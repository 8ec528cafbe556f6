package ladakh.crafts.analysis;

/**
 * The same checks as Elasticsearch's own n-gram factories, so an index definition that a
 * full node rejects is rejected here too.
 */
final class NGramLimits {

	private NGramLimits() {
	}

	static void check(String name, int minGram, int maxGram) {
		if (minGram < 1) {
			throw new IllegalArgumentException("[" + name + "] min_gram must be at least 1, was " + minGram);
		}
		if (maxGram < minGram) {
			throw new IllegalArgumentException(
					"[" + name + "] max_gram (" + maxGram + ") must not be less than min_gram (" + minGram + ")");
		}
	}

	static void checkDifference(String name, int minGram, int maxGram, int maxDifference) {
		if (maxGram - minGram > maxDifference) {
			throw new IllegalArgumentException("The difference between max_gram and min_gram in [" + name
					+ "] must be less than or equal to: [" + maxDifference + "] but was [" + (maxGram - minGram)
					+ "]. This limit can be set by changing the [index.max_ngram_diff] index level setting.");
		}
	}

}
