/*
 * The service worker of the pages that work offline (docs/decisions/0056, 0061): the stall
 * point of sale (scope /seller/stalls) and the instructor's attendance sheet (scope
 * /staff/attendance) register this one script, each at its own scope. The pages of the
 * scope are fetched from the network when there is one and kept; without a network the
 * kept copy opens, with its scripts, so work can be queued on the phone. Nothing but GET
 * requests of this site's pages in the scope and the assets below is touched.
 */
var SCOPE = new URL(self.registration.scope).pathname.replace(/\/$/, '');
var CACHE = 'offline-v2:' + SCOPE;
var ASSETS = ['/js/offline-queue.js', '/js/stall-pos.js', '/js/attendance.js', '/css/site.css',
  '/img/favicon.svg', '/js/stall-pos.webmanifest', '/js/attendance.webmanifest'];

self.addEventListener('install', function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }));
});

self.addEventListener('activate', function (event) {
  // Only this scope's older caches (and the stall worker's first one) go: the other
  // scope's worker keeps its own.
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name !== CACHE && (name === 'stall-pos-v1' || name.slice(-(SCOPE.length + 1)) === ':' + SCOPE);
    }).map(function (name) { return caches.delete(name); }));
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
  var page = request.mode === 'navigate' && url.pathname.indexOf(SCOPE) === 0;
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
