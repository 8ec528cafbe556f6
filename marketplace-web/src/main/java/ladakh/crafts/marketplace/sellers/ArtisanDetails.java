package ladakh.crafts.marketplace.sellers;

/**
 * What only an artisan seller has ({@code sellers.artisan}); private apart from the SHG
 * and the training centre.
 *
 * @param parentage father's or husband's name
 * @param gender as entered
 * @param birthYear the year of birth, or null
 * @param yearsOfPractice years at the craft, or null
 * @param trainingCentreId the centre the artisan trained at, or null
 * @param shgId the SHG the artisan belongs to, or null
 */
public record ArtisanDetails(String parentage, String gender, Integer birthYear, Integer yearsOfPractice,
		String trainingCentreId, String shgId) {

}
