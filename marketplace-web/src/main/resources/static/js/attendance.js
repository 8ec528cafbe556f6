/*
 * The instructor's attendance sheet (docs/decisions/0061), on offline-queue.js. Each tap
 * is a mark with an id made here, kept in the phone's queue before it is sent, all the
 * batch's waiting marks in one request: when the network is down they wait and are sent
 * when the page loads, when the browser says it is online again, and every 20 seconds
 * while any waits. The server counts each id once, so a resend counts once. Without this
 * script the form posts the choices itself.
 */
(function () {
  'use strict';
  var page = document.querySelector('[data-attendance]');
  if (!page || !window.fetch || !window.localStorage || !window.OfflineQueue) {
    return;
  }
  var form = document.getElementById('attendance-form');
  var status = document.getElementById('attendance-status');
  var sendUrl = page.getAttribute('data-send');
  var store = window.OfflineQueue('attendance:' + page.getAttribute('data-batch'));
  var sending = false;

  function text(name) {
    return page.getAttribute('data-text-' + name) || '';
  }

  /* Today in India (UTC+5:30), as the phone's clock says: a page kept from yesterday marks today. */
  function today() {
    return new Date(Date.now() + 330 * 60000).toISOString().slice(0, 10);
  }

  function render() {
    var queue = store.load();
    var day = today();
    // The latest mark of each person today shows on the sheet.
    queue.filter(function (mark) { return mark.day === day; }).forEach(function (mark) {
      var radio = form.querySelector('input[name="p.' + mark.person + '"][value="' + mark.attendance + '"]');
      if (radio) {
        radio.checked = true;
      }
      var row = document.getElementById('row-state-' + mark.person);
      if (row) {
        row.textContent = mark.state === 'sent' ? text('sent') : (mark.state === 'refused' ? text('refused') : text('waiting'));
      }
    });
    var waiting = queue.filter(function (mark) { return mark.state === 'waiting'; }).length;
    status.textContent = waiting > 0 ? text('count').replace('{0}', waiting) : (queue.length > 0 ? text('none') : '');
  }

  function settle(ids, state) {
    var queue = store.load().map(function (mark) {
      if (ids.indexOf(mark.id) >= 0) {
        mark.state = state;
      }
      return mark;
    });
    // Marks of earlier days that were sent leave the queue; what waits stays.
    var day = today();
    store.save(queue.filter(function (mark) { return mark.state === 'waiting' || mark.day === day; }));
  }

  function send() {
    var waiting = store.load().filter(function (mark) { return mark.state === 'waiting'; });
    if (sending || waiting.length === 0) {
      return;
    }
    sending = true;
    status.textContent = text('sending');
    window.OfflineQueue.csrfToken().then(function (csrf) {
      var body = new URLSearchParams();
      waiting.forEach(function (mark) {
        body.append('id', mark.id);
        body.append('person', mark.person);
        body.append('day', mark.day);
        body.append('attendance', mark.attendance);
        body.append('at', String(mark.at));
      });
      return fetch(sendUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
        body: body
      });
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          var refused = answer.refused || [];
          var ids = waiting.map(function (mark) { return mark.id; });
          settle(ids.filter(function (id) { return refused.indexOf(id) < 0; }), 'sent');
          settle(refused, 'refused');
        });
      }
      if (response.status === 400 || response.status === 404) {
        settle(waiting.map(function (mark) { return mark.id; }), 'refused');
      }
      // Signed out, a stale token, or the server unwell: the marks wait for the next try.
      if (response.status === 401) {
        status.textContent = text('signin');
      }
      return null;
    }).catch(function () {
      return null;
    }).then(function () {
      sending = false;
      render();
    });
  }

  form.addEventListener('change', function (event) {
    var radio = event.target;
    if (!radio.name || radio.name.indexOf('p.') !== 0) {
      return;
    }
    var queue = store.load();
    queue.push({
      id: window.OfflineQueue.newId(),
      person: radio.name.slice(2),
      day: today(),
      attendance: radio.value,
      at: Date.now(),
      state: 'waiting'
    });
    store.save(queue);
    render();
    send();
  });
  form.addEventListener('submit', function (event) {
    // Every tap is already queued and sent.
    event.preventDefault();
    send();
  });

  if (page.getAttribute('data-day') !== today()) {
    // A sheet kept from another day: its choices were that day's.
    Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"]'), function (radio) {
      radio.checked = false;
    });
  }
  var save = document.getElementById('attendance-save');
  if (save) {
    save.hidden = true;
  }
  window.addEventListener('online', send);
  window.setInterval(send, 20000);
  window.OfflineQueue.keepOffline(page.getAttribute('data-worker'), '/staff/attendance');
  render();
  send();
}());
