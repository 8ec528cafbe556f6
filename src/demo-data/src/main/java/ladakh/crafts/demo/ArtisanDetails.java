package ladakh.crafts.demo;

/**
 * What the registration record holds about an individual artisan.
 *
 * @param parentage e.g. {@code D/o Tsering Phuntsog}
 * @param gender the gender
 * @param birthYear the year of birth
 * @param yearsOfPractice years the artisan has practised the craft
 * @param trainingCentreId the centre the artisan trained at, or {@code null}
 * @param shgId the self-help group the artisan belongs to, or {@code null}
 */
public record ArtisanDetails(String parentage, Gender gender, int birthYear, int yearsOfPractice,
		String trainingCentreId, String shgId) {

}
