/**
 * Deliberately wrong classes, in two made-up areas ({@code alpha} and {@code beta}) and
 * an open one ({@code shared}), that {@code ModuleRulesCatchViolationsTests} checks the
 * module rules against. Test sources only: the rules for the application never see them.
 */
package ladakh.crafts.marketplace.structure.violations;
