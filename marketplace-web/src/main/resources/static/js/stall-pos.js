/*
 * The stall's point of sale (docs/decisions/0056), on offline-queue.js. A sale is given
 * its id here, on the phone, and kept in the phone's queue (localStorage) before it is sent: when the network
 * is down it waits ("waiting to send") and is sent when the page loads, when the browser
 * says it is online again, and every 20 seconds while anything waits. The server counts
 * each id once, so sending a sale again after a lost answer is safe. The form without
 * this script posts the same fields itself.
 */
(function () {
  'use strict';
  var page = document.querySelector('[data-stall-pos]');
  if (!page || !window.fetch || !window.localStorage || !window.OfflineQueue) {
    return;
  }
  var form = document.getElementById('sale-form');
  var list = document.getElementById('sale-queue');
  var status = document.getElementById('sale-status');
  var sendUrl = page.getAttribute('data-send');
  var storeKey = 'stall-sales:' + page.getAttribute('data-exhibition');
  var sending = false;

  function text(name) {
    return page.getAttribute('data-text-' + name) || '';
  }

  var store = window.OfflineQueue(storeKey);
  var load = store.load;
  var save = store.save;
  var newId = window.OfflineQueue.newId;
  var token = window.OfflineQueue.csrfToken;

  function render() {
    var queue = load();
    list.textContent = '';
    queue.forEach(function (sale) {
      var item = document.createElement('li');
      item.className = 'sale-queue__item sale-queue__item--' + sale.state;
      item.setAttribute('data-sale-id', sale.saleId);
      var line = sale.title + ' × ' + sale.quantity + ': ';
      if (sale.state === 'sent') {
        item.appendChild(document.createTextNode(line + text('sent') + ' '));
        var link = document.createElement('a');
        link.href = sale.receipt;
        link.textContent = text('receipt');
        item.appendChild(link);
      } else if (sale.state === 'refused') {
        item.textContent = line + text('refused') + ' ' + (sale.message || '');
      } else {
        item.textContent = line + text('waiting');
      }
      list.appendChild(item);
    });
    var waiting = queue.filter(function (sale) { return sale.state === 'waiting'; }).length;
    status.textContent = waiting > 0 ? text('count').replace('{0}', waiting) : (queue.length > 0 ? text('none') : '');
  }

  function update(saleId, change) {
    var queue = load().map(function (sale) {
      return sale.saleId === saleId ? Object.assign(sale, change) : sale;
    });
    // Sales sent long ago leave the list; what waits stays.
    var sent = queue.filter(function (sale) { return sale.state !== 'waiting'; });
    if (sent.length > 10) {
      var drop = sent.slice(0, sent.length - 10).map(function (sale) { return sale.saleId; });
      queue = queue.filter(function (sale) { return drop.indexOf(sale.saleId) < 0; });
    }
    save(queue);
    render();
  }

  function sendOne(sale, csrf) {
    var body = new URLSearchParams();
    body.set('saleId', sale.saleId);
    body.set('listingId', sale.listingId);
    body.set('quantity', String(sale.quantity));
    body.set('mode', sale.mode);
    if (sale.reference) {
      body.set('reference', sale.reference);
    }
    return fetch(sendUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
      body: body
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          update(sale.saleId, { state: 'sent', receipt: answer.receipt });
          return true;
        });
      }
      if (response.status === 401 || response.status === 403 || response.status >= 500) {
        // Signed out, a stale token, or the server is unwell: try again later.
        if (response.status === 401) {
          status.textContent = text('signin');
        }
        return false;
      }
      return response.json().catch(function () { return {}; }).then(function (answer) {
        update(sale.saleId, { state: 'refused', message: answer.message || '' });
        return true;
      });
    });
  }

  function send() {
    var waiting = load().filter(function (sale) { return sale.state === 'waiting'; });
    if (sending || waiting.length === 0) {
      return;
    }
    sending = true;
    status.textContent = text('sending');
    token().then(function (csrf) {
      var chain = Promise.resolve(true);
      waiting.forEach(function (sale) {
        chain = chain.then(function (goOn) { return goOn ? sendOne(sale, csrf) : false; });
      });
      return chain;
    }).catch(function () {
      return false;
    }).then(function () {
      sending = false;
      render();
    });
  }

  if (form) {
    var filterField = document.getElementById('listing-filter-field');
    var filter = document.getElementById('listing-filter');
    var select = document.getElementById('sale-listing');
    filterField.hidden = false;
    filter.addEventListener('input', function () {
      var words = filter.value.trim().toLowerCase();
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var shown = option.text.toLowerCase().indexOf(words) >= 0;
        option.hidden = !shown;
        if (shown && first === null) {
          first = option;
        }
      });
      if (first && select.selectedOptions[0] && select.selectedOptions[0].hidden) {
        first.selected = true;
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var option = select.selectedOptions[0];
      var quantity = parseInt(document.getElementById('sale-quantity').value, 10);
      if (!option || !(quantity > 0)) {
        return;
      }
      var mode = form.querySelector('input[name="mode"]:checked');
      var queue = load();
      queue.push({
        saleId: newId(),
        listingId: option.value,
        title: option.text,
        quantity: quantity,
        mode: mode ? mode.value : 'CASH',
        reference: document.getElementById('sale-reference').value.trim(),
        state: 'waiting'
      });
      save(queue);
      render();
      document.getElementById('sale-quantity').value = '1';
      document.getElementById('sale-reference').value = '';
      send();
    });
  }

  var receipt = document.getElementById('receipt');
  if (receipt && window.print) {
    var print = document.createElement('button');
    print.type = 'button';
    print.className = 'button button--secondary';
    print.textContent = text('print');
    print.addEventListener('click', function () { window.print(); });
    receipt.appendChild(print);
  }

  window.addEventListener('online', send);
  window.setInterval(send, 20000);
  window.OfflineQueue.keepOffline(page.getAttribute('data-worker'), '/seller/stalls');
  render();
  send();
}());
