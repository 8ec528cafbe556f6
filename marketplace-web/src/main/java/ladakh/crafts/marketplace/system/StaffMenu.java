package ladakh.crafts.marketplace.system;

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

	/** The entries in the order the menu shows them. */
	public static final List<Entry> ENTRIES = List.of(
			new Entry("/staff/dashboard", "menu.staff.dashboard",
					Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff", "menu.staff.console", Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/applications/new", "menu.staff.enterApplication", OFFICERS),
			new Entry("/staff/sellers", "menu.staff.sellers", Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/listings", "menu.staff.listings", OFFICERS),
			new Entry("/staff/centres", "menu.staff.centres", Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/training/schemes", "menu.staff.schemes",
					Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/stock", "menu.staff.stock", OFFICERS),
			new Entry("/staff/stock/reorder-levels", "menu.staff.reorderLevels", OFFICERS),
			new Entry("/staff/kits", "menu.staff.kits", OFFICERS),
			new Entry("/staff/attendance", "menu.staff.attendance", Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/attendance/report", "menu.staff.attendanceReport", OFFICERS),
			new Entry("/staff/training/holidays", "menu.staff.holidays", OFFICERS),
			new Entry("/staff/shgs", "menu.staff.shgs", Set.of(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/shgs/new", "menu.staff.newShg", OFFICERS),
			new Entry("/staff/units", "menu.staff.units", OFFICERS),
			new Entry("/staff/units/new", "menu.staff.newUnit", OFFICERS),
			new Entry("/staff/cooperatives", "menu.staff.cooperatives", OFFICERS),
			new Entry("/staff/cooperatives/new", "menu.staff.newCooperative", OFFICERS),
			new Entry("/staff/cfcs", "menu.staff.cfcs", Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/cfcs/out-of-order", "menu.staff.cfcOutOfOrder",
					Set.of(Role.INSTRUCTOR, Role.OFFICER, Role.ADMIN)),
			new Entry("/staff/placements", "menu.staff.placements", OFFICERS),
			new Entry("/staff/treasury", "menu.staff.treasury", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/deposits", "menu.staff.treasuryDeposits", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/deposits/new", "menu.staff.newTreasuryDeposit",
					Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/reconciliation", "menu.staff.reconciliation", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/orders", "menu.staff.orders", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/payouts", "menu.staff.payouts", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/treasury/refunds", "menu.staff.refundsQueue", Set.of(Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/exhibitions", "menu.staff.exhibitions", OFFICERS),
			new Entry("/staff/exhibitions/new", "menu.staff.newExhibition", OFFICERS),
			new Entry("/staff/artisan-complex", "menu.staff.complex", OFFICERS),
			new Entry("/staff/deputations", "menu.staff.deputations", OFFICERS),
			new Entry("/staff/reports", "menu.staff.reports", Set.of(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/reports/operations", "menu.staff.operationsReport",
					Set.of(Role.OFFICER, Role.ACCOUNTS, Role.ADMIN)),
			new Entry("/staff/audit", "menu.staff.audit", OFFICERS),
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
