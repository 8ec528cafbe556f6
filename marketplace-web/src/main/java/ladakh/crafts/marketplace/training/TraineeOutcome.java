package ladakh.crafts.marketplace.training;

/** What became of an ex-trainee. */
public enum TraineeOutcome {

	REGISTERED_ARTISAN, SHG_MEMBER, SELLING, NONE

}
