package ladakh.crafts.demo;

/**
 * An artisan's gender as recorded at registration.
 */
public enum Gender {

	FEMALE, MALE

}
