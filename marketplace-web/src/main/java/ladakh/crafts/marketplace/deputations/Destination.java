package ladakh.crafts.marketplace.deputations;

/**
 * Where the department deputes sellers outside Ladakh (the seeds: the India International
 * Trade Fair in Delhi, and the Delhi, Srinagar and Jammu haats).
 */
public enum Destination {

	IITF_DELHI, DELHI_HAAT, SRINAGAR_HAAT, JAMMU_HAAT

}
