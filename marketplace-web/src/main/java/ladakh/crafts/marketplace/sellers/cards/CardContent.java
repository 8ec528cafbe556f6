package ladakh.crafts.marketplace.sellers.cards;

/**
 * Everything printed on one identity card, ready to print (English text).
 *
 * @param name the artisan's name
 * @param crafts the crafts, joined
 * @param registrationNumber the registration number
 * @param district the district's name
 * @param validUntil the validity, as printed ("31 Mar 2031", or a dash)
 * @param registeredOn the registration date, as printed, or a dash
 * @param photo the portrait (JPEG or PNG bytes), or null for a silhouette
 * @param verificationUrl the absolute URL the QR code encodes
 */
record CardContent(String name, String crafts, String registrationNumber, String district, String validUntil,
		String registeredOn, byte[] photo, String verificationUrl) {

}
