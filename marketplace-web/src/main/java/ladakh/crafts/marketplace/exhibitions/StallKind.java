package ladakh.crafts.marketplace.exhibitions;

/**
 * What a stall is for; an application asks for one kind and gets a stall of that kind.
 */
public enum StallKind {

	HANDICRAFT, HANDLOOM, FOOD, DEMONSTRATION

}
