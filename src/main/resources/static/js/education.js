// Education: taxonomy autocomplete for skills and occupations (course form and catalogue filters).
// Markup: an element with data-edu-autocomplete, data-type (skill | occupation-name), data-name (the form field for
// the chosen ids), optional data-single; inside it a combobox input, a listbox <ul> and a [data-chips] container.
// Suggestions come from the taxonomy's search; when that does not answer, from the catalogue's own label search.
(function () {
  'use strict';

  var PRIMARY = '/api/taxonomy/search';
  var FALLBACK = '/api/education/terms';

  function hitsOf(body) {
    var list = Array.isArray(body) ? body : (body && (body.hits || body.results || body.content)) || [];
    return list.filter(function (h) { return h && h.id && h.label; });
  }

  function fetchHits(type, q) {
    var query = '?type=' + encodeURIComponent(type) + '&q=' + encodeURIComponent(q) + '&limit=15';
    var options = { headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    return fetch(PRIMARY + query, options)
      .then(function (r) { if (!r.ok) { throw new Error('taxonomy search ' + r.status); } return r.json(); })
      .then(hitsOf)
      .then(function (hits) { if (hits.length === 0) { throw new Error('no hits'); } return hits; })
      .catch(function () {
        return fetch(FALLBACK + query, options)
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(hitsOf);
      });
  }

  function chip(box, id, label) {
    var span = document.createElement('span');
    span.className = 'badge text-bg-secondary me-1';
    var text = document.createElement('span');
    text.textContent = label;
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close btn-close-white ms-1';
    remove.setAttribute('data-remove', '');
    remove.setAttribute('aria-label', (box.dataset.removeLabel || 'Remove') + ' ' + label);
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = box.dataset.name;
    hidden.value = id;
    span.appendChild(text);
    span.appendChild(remove);
    span.appendChild(hidden);
    return span;
  }

  function changed(box) {
    var form = box.closest('form');
    if (form) {
      form.dispatchEvent(new CustomEvent('edu-changed', { bubbles: true }));
    }
  }

  function init(box) {
    var input = box.querySelector('input[role=combobox]');
    var list = box.querySelector('[role=listbox]');
    var chips = box.querySelector('[data-chips]');
    var timer = null;
    var active = -1;
    var seq = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(li) {
      var id = li.dataset.id;
      var exists = chips.querySelector('input[type=hidden][value="' + CSS.escape(id) + '"]');
      if (box.dataset.single) {
        chips.innerHTML = '';
      }
      if (!exists || box.dataset.single) {
        chips.appendChild(chip(box, id, li.dataset.label));
      }
      input.value = '';
      close();
      input.focus();
      changed(box);
    }

    function highlight(i) {
      var items = list.querySelectorAll('[role=option]');
      if (items.length === 0) { return; }
      active = (i + items.length) % items.length;
      items.forEach(function (li, n) {
        li.classList.toggle('active', n === active);
        li.setAttribute('aria-selected', n === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', items[active].id);
    }

    function show(hits) {
      list.innerHTML = '';
      hits.forEach(function (h, n) {
        var li = document.createElement('li');
        li.className = 'list-group-item list-group-item-action';
        li.id = input.id + '-opt-' + n;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.id = h.id;
        li.dataset.label = h.label;
        li.textContent = h.label;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(li); });
        list.appendChild(li);
      });
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', hits.length ? 'true' : 'false');
      active = -1;
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetchHits(box.dataset.type, q).then(function (hits) { if (mine === seq) { show(hits); } });
      }, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Enter') {
        var items = list.querySelectorAll('[role=option]');
        if (!list.hidden && items.length) { e.preventDefault(); choose(items[active >= 0 ? active : 0]); }
      }
      else if (e.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    chips.addEventListener('click', function (e) {
      var button = e.target.closest('[data-remove]');
      if (button) {
        button.closest('.badge').remove();
        input.focus();
        changed(box);
      }
    });
  }

  function start() {
    document.querySelectorAll('[data-edu-autocomplete]').forEach(init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
