/*
 * "Permohonan saya": the requests of the clerk's own unit and where each stands, from
 * /api/my-requests (the webapp session of Tasklist). Every text is set as text, never as HTML.
 */
(function () {
  'use strict';

  var WHEN = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'Asia/Jakarta'
  });

  function when(time) {
    return time ? WHEN.format(new Date(time)) + ' WIB' : '-';
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function taskLink(step, text) {
    return step.taskLink ? el('a', { href: step.taskLink, class: 'task-link' }, [text]) : '';
  }

  function table(headers, rows) {
    return el('table', {}, [
      el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', {}, [h]); }))]),
      el('tbody', {}, rows.map(function (cells) {
        return el('tr', {}, cells.map(function (cell) { return el('td', {}, [cell]); }));
      }))
    ]);
  }

  function currentSteps(request) {
    if (!request.current.length) {
      return el('p', { class: 'meta' }, ['Tidak ada langkah yang sedang berjalan.']);
    }
    return table(['Langkah sekarang', 'Dipegang oleh', 'Sejak', 'Tenggat', ''],
      request.current.map(function (step) {
        return [step.name, step.holder, when(step.startedAt), when(step.dueAt),
          taskLink(step, 'Buka tugas')];
      }));
  }

  function history(request) {
    return el('details', { class: 'history' }, [
      el('summary', {}, ['Riwayat langkah (' + request.history.length + ')']),
      table(['Langkah', 'Oleh', 'Mulai', 'Selesai', 'Hasil'], request.history.map(function (s) {
        return [s.name, s.holder, when(s.startedAt), when(s.endedAt), s.outcome];
      })),
      request.notes.length
        ? el('div', {}, [el('strong', {}, ['Catatan sistem']),
          el('ul', {}, request.notes.map(function (note) { return el('li', {}, [note]); }))])
        : ''
    ]);
  }

  function card(request) {
    return el('article', {
      class: 'request ' + request.status, 'data-reference': request.referenceNumber || ''
    }, [
      el('h3', {}, [
        el('span', { class: 'reference' }, [request.referenceNumber || '(tanpa nomor)']),
        ' - ' + request.procedure,
        el('span', { class: 'status' }, [request.statusText])
      ]),
      el('p', { class: 'meta' }, [
        (request.subject ? request.subject + ' | ' : '') +
        'Surat nomor ' + (request.requestLetterNumber || '-') + ' | ' +
        (request.unitName || '') + ' | dikirim ' + when(request.startedAt) +
        (request.endedAt ? ' | selesai ' + when(request.endedAt) : '')
      ]),
      request.returnReason
        ? el('p', { class: 'reason' }, ['Alasan dikembalikan: ' + request.returnReason]) : '',
      currentSteps(request),
      history(request)
    ]);
  }

  function returnedItem(request) {
    var revise = request.current.filter(function (step) { return step.taskLink; })[0];
    return el('li', { 'data-reference': request.referenceNumber }, [
      el('strong', {}, [request.referenceNumber]), ' ' + request.procedure + ': ',
      el('span', { class: 'reason' }, [request.returnReason || '']), ' ',
      revise ? taskLink(revise, 'Perbaiki sekarang') : ''
    ]);
  }

  function show(requests, total) {
    var partial = document.getElementById('partial');
    partial.hidden = !(total > requests.length);
    partial.textContent = partial.hidden ? '' : 'Ditampilkan ' + requests.length
      + ' permohonan terbaru dari ' + total.toLocaleString('id-ID')
      + ' permohonan unit kerja Anda.';
    var list = document.getElementById('requests');
    list.replaceChildren.apply(list, requests.length
      ? requests.map(card)
      : [el('p', {}, ['Belum ada permohonan dari unit kerja Anda.'])]);
    var returned = requests.filter(function (r) { return r.status === 'DIKEMBALIKAN'; });
    var returnedList = document.getElementById('returnedList');
    returnedList.replaceChildren.apply(returnedList, returned.map(returnedItem));
    document.getElementById('returned').hidden = returned.length === 0;
  }

  function say(text) {
    var message = document.getElementById('message');
    message.textContent = text;
    message.hidden = !text;
  }

  function load() {
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (user) {
        if (!user) {
          say('Anda belum masuk. Masuk melalui Tasklist, lalu buka halaman ini lagi.');
          document.getElementById('requests').replaceChildren(
            el('a', { href: '/camunda/app/tasklist/default/' }, ['Masuk ke Tasklist']));
          return null;
        }
        document.getElementById('who').textContent = 'Masuk sebagai ' + user.userId + '.';
        return fetch('/api/my-requests', {
          credentials: 'same-origin', headers: { Accept: 'application/json' }
        }).then(function (answer) {
          if (!answer.ok) {
            throw new Error('Daftar permohonan tidak dapat dimuat (HTTP ' + answer.status + ').');
          }
          var total = Number(answer.headers.get('X-Total-Count'));
          return answer.json().then(function (requests) {
            return { requests: requests, total: total };
          });
        }).then(function (page) {
          say('');
          show(page.requests, page.total);
        });
      })
      .catch(function (error) { say(error.message); });
  }

  // The list is read again every 30 seconds while the page is in view, and at once when it comes
  // back into view after that; a tab left in the background asks nothing.
  var loadedAt = 0;
  function loadNow() {
    loadedAt = Date.now();
    load();
  }
  function loadWhenDue() {
    if (!document.hidden && Date.now() - loadedAt >= 30000) {
      loadNow();
    }
  }

  document.getElementById('reload').addEventListener('click', loadNow);
  document.addEventListener('visibilitychange', loadWhenDue);
  loadNow();
  setInterval(loadWhenDue, 5000);
}());
