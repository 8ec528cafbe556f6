// Staff search index page: keeps the numbers and the rebuild progress bar current by
// polling the JSON status. Without JavaScript the page has a reload link.
(function () {
  'use strict';
  var page = document.querySelector('[data-search-status]');
  if (!page || !window.fetch) {
    return;
  }
  var url = page.getAttribute('data-status-url');
  var wasRunning = !!document.getElementById('rebuild-progress');

  function set(field, value) {
    var element = page.querySelector('[data-field="' + field + '"]');
    if (element && value !== null && value !== undefined) {
      element.textContent = String(value);
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) {
          return;
        }
        set('health', status.health);
        set('physicalIndex', status.physicalIndex);
        set('documentCount', status.documentCount);
        set('lagSeconds', status.lagSeconds);
        set('dirtyCount', status.dirtyCount);
        var bar = document.getElementById('rebuild-progress');
        if (status.rebuild && bar) {
          bar.value = status.rebuild.percent;
          bar.textContent = status.rebuild.percent + ' %';
          set('rebuildDone', status.rebuild.done + ' / ' + status.rebuild.total + ' (' + status.rebuild.status + ')');
        }
        if (wasRunning && !status.rebuild) {
          window.location.reload();
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }

  window.setInterval(poll, 2000);
}());
