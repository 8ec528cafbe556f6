package ladakh.crafts.demo;

/**
 * The scheme a training centre is funded under.
 */
public enum Scheme {

	DISTRICT_PLAN, STATE_NON_PLAN, BORDER_AREA, CARPET_WEAVING_ELEMENTARY, CARPET_WEAVING_ADVANCED

}
