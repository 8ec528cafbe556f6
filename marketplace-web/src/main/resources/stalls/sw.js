/*
 * The stall point of sale's service worker (docs/decisions/0056): the stall pages are
 * fetched from the network when there is one and kept; without a network the kept copy
 * opens, with its script, so sales can be made and queued on the phone. Nothing but
 * GET requests of this site's stall pages and their assets is touched.
 */
var CACHE = 'stall-pos-v1';
var ASSETS = ['/js/stall-pos.js', '/css/site.css', '/img/favicon.svg', '/js/stall-pos.webmanifest'];

self.addEventListener('install', function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  var page = request.mode === 'navigate' && url.pathname.indexOf('/seller/stalls') === 0;
  if (!page && ASSETS.indexOf(url.pathname) < 0) {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (kept) {
      return kept || caches.match(request, { ignoreSearch: true });
    }).then(function (kept) {
      return kept || Response.error();
    });
  }));
});
