package ladakh.crafts.marketplace.training;

import java.time.LocalDateTime;

/**
 * A punch read from a biometric device's log: the person's id, the device's local time
 * (India time) and the device.
 */
public record Punch(String personId, LocalDateTime at, String deviceId) {

}
