package ladakh.crafts.marketplace.system;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

/**
 * The staff's menu, in one place: each page a staff member opens from nowhere (no id in
 * its address) and the roles that may open it, as the areas' access rules say.
 * StaffMenuTests checks both ways against the rules and the route table: every entry a
 * role sees answers 200 for it, and every such page a role may open is in its menu.
 */
public final class StaffMenu {

	private static final Set<Role> OFFICERS = Set.of(Role.OFFICER, Role.ADMIN);

	/**
	 * A page that shows the department's records: the roles that work on it, and a
	 * REVIEWER, who reads every staff page except the empty forms that create a record
	 * (ReviewerAccess, decision 73).
	 */
	private static Set<Role> readers(Role... roles) {
		return EnumSet.of(Role.REVIEWER, roles);
	}

	/** The entries in the order the menu shows them. */
	public static final List<Entry> ENTRIES = List.of(
			new Entry("/staff/dashboard", "menu.staff.dashboard",
					readers(Role.INSTRUCTOR, Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff", "menu.staff.console", readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/applications/new", "menu.staff.enterApplication", OFFICERS),
			new Entry("/staff/sellers", "menu.staff.sellers", readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/listings", "menu.staff.listings", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/centres", "menu.staff.centres", readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/training/schemes", "menu.staff.schemes",
					readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/stock", "menu.staff.stock", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/stock/reorder-levels", "menu.staff.reorderLevels", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/kits", "menu.staff.kits", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/attendance", "menu.staff.attendance", readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/attendance/report", "menu.staff.attendanceReport", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/training/holidays", "menu.staff.holidays", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/shgs", "menu.staff.shgs", readers(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/shgs/new", "menu.staff.newShg", OFFICERS),
			new Entry("/staff/units", "menu.staff.units", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/units/new", "menu.staff.newUnit", OFFICERS),
			new Entry("/staff/cooperatives", "menu.staff.cooperatives", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/cooperatives/new", "menu.staff.newCooperative", OFFICERS),
			new Entry("/staff/cfcs", "menu.staff.cfcs", readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/cfcs/out-of-order", "menu.staff.cfcOutOfOrder",
					readers(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/placements", "menu.staff.placements", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/treasury", "menu.staff.treasury", readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/deposits", "menu.staff.treasuryDeposits", readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/deposits/new", "menu.staff.newTreasuryDeposit",
					Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/reconciliation", "menu.staff.reconciliation",
					readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/orders", "menu.staff.orders", readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/payouts", "menu.staff.payouts", readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/refunds", "menu.staff.refundsQueue", readers(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/exhibitions", "menu.staff.exhibitions", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/exhibitions/new", "menu.staff.newExhibition", OFFICERS),
			new Entry("/staff/artisan-complex", "menu.staff.complex", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/deputations", "menu.staff.deputations", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/reports", "menu.staff.reports", readers(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/reports/operations", "menu.staff.operationsReport",
					readers(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/reports/funnel", "menu.staff.funnel", readers(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/audit", "menu.staff.audit", readers(Role.OFFICER, Role.ADMIN)),
			new Entry("/admin/search", "menu.staff.searchIndex", OFFICERS),
			new Entry("/admin/search/synonyms", "menu.staff.synonyms", OFFICERS),
			new Entry("/admin/users", "menu.staff.users", Set.of(Role.ADMIN)));

	private StaffMenu() {
	}

	/** The entries this person may open, none for a person without a staff role. */
	public static List<Entry> of(MarketplaceUser user) {
		return ENTRIES.stream().filter((entry) -> entry.roles().stream().anyMatch(user::has)).toList();
	}

	/**
	 * One menu entry.
	 *
	 * @param path where it goes
	 * @param label its message key
	 * @param roles who sees it
	 */
	public record Entry(String path, String label, Set<Role> roles) {

		public Entry {
			roles = Set.copyOf(roles);
		}

	}

}
