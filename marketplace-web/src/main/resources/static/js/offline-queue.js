/*
 * What the pages that work offline share (docs/decisions/0056, 0061): work made on the
 * phone is given its id here and kept in the phone's queue (localStorage) before it is
 * sent; the server counts each id once, so sending again after a lost answer is safe.
 * window.OfflineQueue(storeKey) gives the queue; OfflineQueue.newId and
 * OfflineQueue.csrfToken are the id and the CSRF token for a send.
 */
(function () {
  'use strict';

  function OfflineQueue(storeKey) {
    return {
      load: function () {
        try {
          return JSON.parse(window.localStorage.getItem(storeKey)) || [];
        } catch (e) {
          return [];
        }
      },
      save: function (queue) {
        window.localStorage.setItem(storeKey, JSON.stringify(queue));
      }
    };
  }

  /* A version 4 UUID; crypto.randomUUID exists only on https and localhost. */
  OfflineQueue.newId = function () {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  };

  /* The masked CSRF token: asked for afresh, else the one in the page's form. */
  OfflineQueue.csrfToken = function () {
    return fetch('/api/v1/csrf', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (body) { return body.token; })
      .catch(function () { return null; })
      .then(function (fresh) {
        var field = document.querySelector('input[name="_csrf"]');
        return fresh || (field ? field.value : '');
      });
  };

  /* Registers the worker that opens the scope's pages offline; without it the page still queues. */
  OfflineQueue.keepOffline = function (worker, scope) {
    if ('serviceWorker' in navigator && worker) {
      navigator.serviceWorker.register(worker, { scope: scope }).catch(function () {
        // The page still queues work; it only cannot be opened offline.
      });
    }
  };

  window.OfflineQueue = OfflineQueue;
}());
