/*
 * Search facets on a phone: a <details data-fold-narrow open> panel is folded to its
 * "Filters" button on narrow screens, so the results are not pushed below every facet,
 * and opened again when the screen is wide (where the button is hidden). Without
 * JavaScript the panel simply stays open.
 */
(function () {
	'use strict';

	var narrow = window.matchMedia('(max-width: 47.99rem)');

	function fit(panels) {
		panels.forEach(function (panel) {
			if (narrow.matches) {
				panel.removeAttribute('open');
			} else {
				panel.setAttribute('open', '');
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var panels = Array.prototype.slice.call(document.querySelectorAll('details[data-fold-narrow]'));
		if (panels.length === 0) {
			return;
		}
		fit(panels);
		narrow.addEventListener('change', function () {
			fit(panels);
		});
	});
})();
