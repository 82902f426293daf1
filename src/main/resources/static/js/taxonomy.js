// Taxonomy pages: the autocomplete combobox (ARIA 1.2 combobox + listbox) and the municipality map.
// Wired by data attributes; no inline scripts (Content-Security-Policy).
(function () {
  'use strict';

  // ---- autocomplete
  // <input data-taxonomy-autocomplete data-api="/api/taxonomy/search" [data-type="occupation-name"]
  //        [data-type-select="id of a select"] [data-target-input="id of a hidden input"]>
  // Without data-target-input, choosing a suggestion opens its page; with it, the id goes to that input.
  function autocomplete(input) {
    var listbox = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById(input.id + '-status');
    var typeSelect = input.dataset.typeSelect ? document.getElementById(input.dataset.typeSelect) : null;
    var target = input.dataset.targetInput ? document.getElementById(input.dataset.targetInput) : null;
    var base = document.documentElement.dataset.contextPath || '';
    var active = -1;
    var items = [];
    var timer = null;
    var seq = 0;

    function hrefFor(hit) {
      if (hit.type === 'occupation-name' || hit.type === 'ssyk-level-4') { return '/taxonomy/occupations/' + hit.id; }
      if (hit.type === 'skill') { return '/taxonomy/skills/' + hit.id; }
      return '/taxonomy/concepts/' + hit.id;
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function setActive(i) {
      var options = listbox.querySelectorAll('[role=option]');
      options.forEach(function (o) { o.setAttribute('aria-selected', 'false'); o.classList.remove('active'); });
      active = i;
      if (i >= 0 && i < options.length) {
        options[i].setAttribute('aria-selected', 'true');
        options[i].classList.add('active');
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      var hit = items[i];
      if (!hit) { return; }
      if (target) {
        target.value = hit.id;
        input.value = hit.label;
        close();
        target.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        window.location.href = base + hrefFor(hit);
      }
    }

    function render(hits) {
      items = hits;
      listbox.innerHTML = '';
      hits.forEach(function (hit, i) {
        var li = document.createElement('li');
        li.id = input.id + '-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'list-group-item list-group-item-action';
        li.dataset.id = hit.id;
        var label = document.createElement('span');
        label.textContent = hit.label;
        li.appendChild(label);
        if (hit.ssyk) {
          var code = document.createElement('small');
          code.className = 'text-body-secondary ms-2';
          code.textContent = 'SSYK ' + hit.ssyk;
          li.appendChild(code);
        }
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        listbox.appendChild(li);
      });
      if (status) {
        status.textContent = hits.length
          ? (status.dataset.countText || '{0}').replace('{0}', hits.length)
          : (status.dataset.noneText || '');
      }
      if (hits.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        setActive(-1);
      } else {
        close();
      }
    }

    function fetchHits() {
      var q = input.value.trim();
      if (q.length < 2) { render([]); return; }
      var type = input.dataset.type || (typeSelect ? typeSelect.value : '');
      var url = input.dataset.api + '?limit=8&q=' + encodeURIComponent(q) + (type ? '&type=' + encodeURIComponent(type) : '');
      var mine = ++seq;
      fetch(url, { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (hits) { if (mine === seq) { render(hits); } })
        .catch(function () { if (mine === seq) { render([]); } });
    }

    input.addEventListener('input', function () {
      if (target) { target.value = ''; }
      clearTimeout(timer);
      timer = setTimeout(fetchHits, 150);
    });
    input.addEventListener('keydown', function (e) {
      var open = !listbox.hidden && items.length > 0;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open) { fetchHits(); return; }
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        if (open) { setActive(active <= 0 ? items.length - 1 : active - 1); }
      } else if (e.key === 'Enter') {
        if (open && active >= 0) { e.preventDefault(); choose(active); }
      } else if (e.key === 'Escape') {
        if (open) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    if (typeSelect) { typeSelect.addEventListener('change', function () { if (input.value.trim().length >= 2) { fetchHits(); } }); }
  }

  // ---- municipality map (Leaflet over the shipped GeoJSON, no tile server)
  function map(element) {
    if (typeof L === 'undefined') { return; }
    var leaflet = L.map(element, { zoomSnap: 0.25, attributionControl: true }).setView([62.5, 16.5], 4.5);
    leaflet.attributionControl.addAttribution('Kommungränser: Open Knowledge Sweden, SCB');
    var layers = {};
    var base = { color: '#3b5b7a', weight: 1, fillColor: '#9fc3e0', fillOpacity: 0.5 };
    var highlight = { color: '#b3261e', weight: 3, fillColor: '#f2b8b5', fillOpacity: 0.7 };
    fetch(element.dataset.borders).then(function (r) { return r.json(); }).then(function (geo) {
      var all = L.geoJSON(geo, {
        style: function () { return base; },
        onEachFeature: function (feature, layer) {
          var p = feature.properties || {};
          layers[p.id] = layer;
          layer.bindTooltip((p.kom_namn || '') + ' (' + p.id + ')');
        }
      }).addTo(leaflet);
      leaflet.fitBounds(all.getBounds());
    });
    document.querySelectorAll('[data-show-municipality]').forEach(function (button) {
      button.addEventListener('click', function () {
        Object.keys(layers).forEach(function (k) { layers[k].setStyle(base); });
        var layer = layers[button.dataset.code];
        if (layer) {
          layer.setStyle(highlight);
          leaflet.fitBounds(layer.getBounds(), { maxZoom: 8 });
          layer.openTooltip();
          element.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
        }
      });
    });
  }

  function countyFilter(select) {
    select.addEventListener('change', function () {
      document.querySelectorAll('#municipality-table tbody tr').forEach(function (row) {
        row.hidden = select.value !== '' && row.dataset.county !== select.value;
      });
    });
  }

  function init() {
    document.querySelectorAll('[data-taxonomy-autocomplete]').forEach(autocomplete);
    var m = document.getElementById('municipality-map');
    if (m) { map(m); }
    document.querySelectorAll('[data-municipality-filter]').forEach(countyFilter);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
