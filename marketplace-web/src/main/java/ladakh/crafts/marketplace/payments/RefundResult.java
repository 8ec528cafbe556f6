package ladakh.crafts.marketplace.payments;

/**
 * What became of a refund.
 *
 * @param refundKey the request's key
 * @param status {@code SUCCEEDED} (money sent back by the gateway), {@code PENDING} (the
 * gateway is processing), or {@code TO_PAY_OFFLINE} (staff must pay it back and record
 * it)
 * @param externalId the gateway's refund id, or {@code null}
 */
public record RefundResult(String refundKey, String status, String externalId) {

}
