/*
 * Autocomplete for search boxes: an <input data-suggest="/api/v1/suggest"> gets a
 * <datalist> filled from the suggest API as the buyer types. Without JavaScript the box
 * is a plain GET form; nothing here is needed to search.
 */
(function () {
	'use strict';

	var DELAY_MS = 200;
	var MIN_LENGTH = 2;

	function attach(input, index) {
		var endpoint = input.getAttribute('data-suggest');
		var list = document.createElement('datalist');
		list.id = 'suggestions-' + index;
		input.parentNode.appendChild(list);
		input.setAttribute('list', list.id);
		var timer = null;
		var latest = 0;

		function show(suggestions) {
			while (list.firstChild) {
				list.removeChild(list.firstChild);
			}
			suggestions.forEach(function (suggestion) {
				var option = document.createElement('option');
				option.value = suggestion.text;
				list.appendChild(option);
			});
		}

		function fetchSuggestions() {
			var prefix = input.value.trim();
			if (prefix.length < MIN_LENGTH) {
				show([]);
				return;
			}
			var request = ++latest;
			fetch(endpoint + '?q=' + encodeURIComponent(prefix), { headers: { 'Accept': 'application/json' } })
				.then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
				.then(function (body) {
					if (request === latest) {
						show(body.suggestions || []);
					}
				})
				.catch(function () { show([]); });
		}

		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(fetchSuggestions, DELAY_MS);
		});
	}

	var inputs = document.querySelectorAll('input[data-suggest]');
	for (var i = 0; i < inputs.length; i++) {
		attach(inputs[i], i);
	}
}());
