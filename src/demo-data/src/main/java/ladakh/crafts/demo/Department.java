package ladakh.crafts.demo;

/**
 * The department a craft belongs to.
 */
public enum Department {

	HANDICRAFT, HANDLOOM

}
