package ladakh.crafts.marketplace.treasury.deposits.web;

import ladakh.crafts.marketplace.system.limits.UploadRoute;
import ladakh.crafts.marketplace.treasury.deposits.ChallanScan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A deposit's form may carry a challan scan up to its limit plus room for the fields; a
 * larger request is refused (413) before it is read.
 */
@Configuration(proxyBeanMethods = false)
class TreasuryUploads {

	static final int ROOM_FOR_FIELDS = 256 * 1024;

	@Bean
	UploadRoute challanScanUploads() {
		return new UploadRoute(DataSize.ofBytes(ChallanScan.MAX_BYTES + ROOM_FOR_FIELDS), "/staff/treasury/deposits",
				"/api/v1/staff/treasury/deposits");
	}

}
