/* Tacitus web UI: a dashboard (timeline, map, meeting calendar, event list, search) and an event page with the
   evidence sentences highlighted. Plain browser JavaScript over the JSON API; every text from the API is inserted
   as text, never as HTML. */
'use strict';

/* Reads are open on loopback; from another host the API wants the server's token, asked for once and kept. */
const api = (path, params, retried) => {
  const qs = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') qs.set(k, v); });
  const url = 'api/' + path + (qs.toString() ? '?' + qs : '');
  const token = localStorage.getItem('tacitus.token');
  return fetch(url, { headers: token ? { Authorization: 'Bearer ' + token } : {} }).then(r => {
    if (r.status === 401 && !retried) {
      if (localStorage.getItem('tacitus.token') !== token) return api(path, params, true); // asked meanwhile
      const given = window.prompt('This server wants its access token (printed by tacitus serve):');
      if (given) { localStorage.setItem('tacitus.token', given.trim()); return api(path, params, true); }
    }
    return r.json().then(body => {
      if (!r.ok) throw new Error((body.error && body.error.code) + ': ' + (body.error && body.error.message));
      return body;
    });
  });
};

const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  });
  children.flat().forEach(c => { if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c)); });
  return e;
};

const actorLabel = a => a.name || a.code || '?';
const parties = list => list.map(actorLabel).join(', ') || '—';
const eventTitle = ev => ev.type + ': ' + [...ev.sources, ...ev.targets].map(actorLabel)
  .filter((v, i, all) => all.indexOf(v) === i).join(' – ');
const showEvent = id => { location.hash = '#/event/' + encodeURIComponent(id); };
const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
const todayIso = () => new Date().toISOString().slice(0, 10);

const state = { filters: {}, timeline: null, items: null, map: null, markers: null, month: null };

/* ---------- dashboard ---------- */

function readFilters() {
  const f = new FormData(document.getElementById('filters'));
  state.filters = {};
  for (const [k, v] of f.entries()) if (String(v).trim()) state.filters[k] = String(v).trim();
}

function loadDashboard() {
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  status.classList.remove('error');
  return Promise.all([
    api('events', { ...state.filters, size: 500, sort: 'date_desc' }),
    api('stats', state.filters),
    api('meetings', { from: todayIso() }),
  ]).then(([events, stats, upcoming]) => {
    status.textContent = `${plural(events.total, 'event')} (${plural(stats.mentions, 'mention')} in ${plural(stats.documents, 'article')})`
      + (events.total > events.items.length ? `, the latest ${events.items.length} shown` : '')
      + ` · ${plural(upcoming.items.length, 'upcoming meeting')}`;
    fillTypes(stats.by_type);
    drawTimeline(events.items);
    drawMap(events.items);
    drawList(events.items);
    return (state.month ? Promise.resolve(state.month) : initialMonth(upcoming.items)).then(month => {
      state.month = month;
      document.body.dataset.loaded = 'true';
      return drawCalendar();
    });
  }).catch(err => { status.textContent = String(err.message || err); status.classList.add('error'); });
}

function fillTypes(byType) {
  const select = document.querySelector('#filters select[name=type]');
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, 'any'),
    ...byType.map(b => el('option', { value: b.key }, `${b.key} (${b.count})`)));
  select.value = current;
}

function drawTimeline(events) {
  const items = events.filter(ev => ev.day).map(ev => ({
    id: ev.id, start: ev.day, content: eventTitle(ev), title: eventTitle(ev) + ' — ' + ev.day,
    className: 'type-' + ev.type + (ev.day > todayIso() ? ' future' : ''),
  }));
  const container = document.getElementById('timeline');
  if (!state.timeline) {
    state.items = new vis.DataSet(items);
    state.timeline = new vis.Timeline(container, state.items, { stack: true, maxHeight: 320, zoomKey: 'ctrlKey' });
    state.timeline.on('select', p => { if (p.items.length) showEvent(p.items[0]); });
  } else {
    state.items.clear();
    state.items.add(items);
  }
  if (items.length) state.timeline.fit({ animation: false });
}

function drawMap(events) {
  if (!state.map) {
    state.map = L.map('map', { worldCopyJump: true, minZoom: 1, attributionControl: false }).setView([30, 10], 2);
    fetch('vendor/world-atlas/countries-110m.json').then(r => r.json()).then(world => {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: { color: '#8a9bb0', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false,
      }).addTo(state.map).bringToBack();
    });
    state.markers = L.layerGroup().addTo(state.map);
  }
  state.markers.clearLayers();
  const byPlace = new Map();
  events.filter(ev => ev.place).forEach(ev => {
    const key = ev.place.lat + ',' + ev.place.lon;
    if (!byPlace.has(key)) byPlace.set(key, []);
    byPlace.get(key).push(ev);
  });
  const bounds = [];
  byPlace.forEach(list => {
    const p = list[0].place;
    const m = L.circleMarker([p.lat, p.lon], {
      radius: Math.min(6 + 2 * Math.sqrt(list.length), 18), color: '#2457a6', weight: 1.5, fillColor: '#2457a6',
      fillOpacity: 0.55, className: 'event-marker',
    });
    const popup = el('div', {}, el('strong', {}, p.name), el('br'),
      ...list.slice(0, 8).map(ev => el('div', {}, el('a', { href: '#/event/' + encodeURIComponent(ev.id) },
        (ev.day || ev.date || 'undated') + ' ' + eventTitle(ev)))));
    m.bindPopup(popup).bindTooltip(p.name + ' · ' + list.length + (list.length === 1 ? ' event' : ' events'));
    m.addTo(state.markers);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length) state.map.fitBounds(bounds, { maxZoom: 5, padding: [30, 30] });
}

/* The month of the next meeting, else of the latest one (CONSULT or AGREE), else this month. */
function initialMonth(upcoming) {
  const monthOf = day => { const d = new Date(day + 'T00:00:00Z'); return { year: d.getUTCFullYear(), month: d.getUTCMonth() }; };
  if (upcoming.length) return Promise.resolve(monthOf(upcoming[0].day));
  const latest = type => api('events', { type, size: 1, sort: 'date_desc' }).then(p => p.items.length ? p.items[0].day : null);
  return Promise.all([latest('CONSULT'), latest('AGREE')]).then(days => {
    const day = days.filter(Boolean).sort().pop();
    return day ? monthOf(day) : monthOf(todayIso());
  });
}

const CAL_PER_DAY = 3;
let calendarRequest = 0;

function drawCalendar() {
  const { year, month } = state.month;
  const first = new Date(Date.UTC(year, month, 1));
  document.getElementById('cal-title').textContent =
    first.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const grid = document.getElementById('cal-grid');
  const head = el('tr', {}, ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map(d => el('th', {}, d)));
  const rows = [head];
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const today = todayIso();
  for (let w = 0; w < 6; w++) {
    const tr = el('tr');
    for (let d = 0; d < 7; d++) {
      const day = new Date(start);
      day.setUTCDate(start.getUTCDate() + w * 7 + d);
      const iso = day.toISOString().slice(0, 10);
      tr.append(el('td', { class: (day.getUTCMonth() !== month ? 'other' : '') + (iso === today ? ' today' : ''),
        'data-day': iso }, el('span', { class: 'day' }, day.getUTCDate())));
    }
    rows.push(tr);
  }
  grid.replaceChildren(...rows);
  grid.removeAttribute('data-month');
  // The meetings of the six weeks shown, asked for each time the month changes.
  const mine = ++calendarRequest;
  return api('meetings', { from: start.toISOString().slice(0, 10) }).then(page => {
    if (mine !== calendarRequest) return;
    const byDay = new Map();
    page.items.forEach(m => { if (!byDay.has(m.day)) byDay.set(m.day, []); byDay.get(m.day).push(m); });
    grid.querySelectorAll('td[data-day]').forEach(td => {
      const list = byDay.get(td.dataset.day) || [];
      list.slice(0, CAL_PER_DAY).forEach(m => td.append(
        el('a', { class: 'cal-entry ' + m.type, href: '#/event/' + encodeURIComponent(m.id),
          title: eventTitle(m) + (m.place ? ' — ' + m.place.name : '') }, eventTitle(m))));
      if (list.length > CAL_PER_DAY) {
        td.append(el('span', { class: 'cal-more', title: list.slice(CAL_PER_DAY).map(eventTitle).join('\n') },
          '+' + (list.length - CAL_PER_DAY) + ' more'));
      }
    });
    grid.dataset.month = `${year}-${String(month + 1).padStart(2, '0')}`;
  });
}

function moveMonth(delta) {
  const m = state.month.month + delta;
  state.month = { year: state.month.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 };
  drawCalendar();
}

function drawList(events) {
  const rows = events.map(ev => el('tr', { class: 'event-row', 'data-id': ev.id, onclick: () => showEvent(ev.id) },
    el('td', {}, ev.day || ev.date || '—'), el('td', { class: 'type' }, ev.type),
    el('td', {}, parties(ev.sources)), el('td', {}, parties(ev.targets)),
    el('td', {}, ev.place ? ev.place.name : '—'), el('td', {}, ev.num_articles)));
  document.querySelector('#events tbody').replaceChildren(...rows);
}

function runSearch(q) {
  const panel = document.getElementById('search-panel');
  const list = document.getElementById('search-results');
  panel.hidden = false;
  list.replaceChildren(el('li', {}, 'Searching…'));
  api('search', { ...state.filters, q, size: 50 }).then(page => {
    if (!page.items.length) { list.replaceChildren(el('li', {}, 'Nothing found for ' + q)); return; }
    list.replaceChildren(...page.items.map(h => el('li', { class: 'hit' },
      el('span', { class: 'kind' }, h.kind),
      h.event_id ? el('a', { href: '#/event/' + encodeURIComponent(h.event_id) }, h.text) : h.text,
      el('div', { class: 'doc' }, (h.document.title || h.document.id) + (h.day ? ' · ' + h.day : '')))));
  }).catch(err => list.replaceChildren(el('li', { class: 'error' }, String(err.message || err))));
}

/* ---------- event page ---------- */

/* The sentence as text with the spans marked; spans are document offsets, overlapping ones keep the first. */
function highlighted(sentence, spans) {
  const base = sentence.start;
  const inside = spans.filter(s => s && s.start >= sentence.start && s.end <= sentence.end)
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const p = el('p', { class: 'sentence' });
  let at = 0;
  for (const s of inside) {
    const from = s.start - base;
    if (from < at) continue;
    p.append(sentence.text.slice(at, from));
    p.append(el('mark', { class: 'hl-' + s.kind, title: s.kind }, sentence.text.slice(from, s.end - base)));
    at = s.end - base;
  }
  p.append(sentence.text.slice(at));
  return p;
}

function renderEvent(id) {
  const box = document.getElementById('event');
  box.replaceChildren(el('p', {}, 'Loading…'));
  api('events/' + encodeURIComponent(id)).then(ev => {
    const facts = [ev.day || ev.date || 'undated', ev.place ? ev.place.name + (ev.place.country ? ' (' + ev.place.country + ')' : '') : null,
      'CAMEO ' + ev.cameo, ev.mode ? 'mode ' + ev.mode : null, ev.factual ? 'stated as fact' : 'not stated as fact',
      `${plural(ev.num_mentions, 'mention')} in ${plural(ev.num_articles, 'article')} from ${plural(ev.num_sources, 'source')}`].filter(Boolean);
    const mentions = ev.mentions.map(m => {
      const spans = [{ ...m.trigger, kind: 'trigger' },
        ...m.source.map(s => ({ ...s, kind: 'source' })), ...m.target.map(t => ({ ...t, kind: 'target' })),
        m.date && m.date.text ? { start: m.date.start, end: m.date.end, kind: 'date' } : null,
        m.place ? { start: m.place.start, end: m.place.end, kind: 'place' } : null];
      const doc = m.document;
      return el('div', { class: 'mention' },
        el('div', { class: 'doc' }, doc.url ? el('a', { href: doc.url, rel: 'noopener noreferrer' }, doc.title || doc.id) : (doc.title || doc.id),
          ' · ' + doc.publisher + (doc.published ? ' · ' + doc.published : '')
          + (m.contexts.length ? ' · ' + m.contexts.join(', ') : '')),
        highlighted(m.sentence, spans));
    });
    const quotes = ev.quotes.map(q => el('blockquote', { class: 'quote' }, el('div', {}, q.text),
      el('div', { class: 'who' }, '— ' + (q.speaker ? (q.speaker.name || q.speaker.text) : 'unknown speaker')
        + (q.speaker && q.speaker.actor && q.speaker.actor.code ? ' (' + q.speaker.actor.code + ')' : '')
        + ' · ' + (q.document.title || q.document.id))));
    box.replaceChildren(
      el('h1', {}, eventTitle(ev)),
      el('p', { class: 'facts' }, facts.join(' · ')),
      el('p', {}, el('strong', {}, 'Who: '), parties(ev.sources), ' → ', el('strong', {}, 'whom: '), parties(ev.targets)),
      el('p', { class: 'legend' }, el('span', { class: 'hl-trigger' }, 'trigger'), el('span', { class: 'hl-source' }, 'source'),
        el('span', { class: 'hl-target' }, 'target'), el('span', { class: 'hl-date' }, 'date'), el('span', { class: 'hl-place' }, 'place')),
      el('h2', {}, 'Evidence'), ...mentions,
      el('h2', {}, 'Quotes from these articles'), ...(quotes.length ? quotes : [el('p', {}, 'None.')]));
    document.body.dataset.event = ev.id;
  }).catch(err => box.replaceChildren(el('p', { class: 'error' }, String(err.message || err))));
}

/* ---------- routing ---------- */

function route() {
  const m = location.hash.match(/^#\/event\/(.+)$/);
  document.getElementById('dashboard').hidden = !!m;
  document.getElementById('event-page').hidden = !m;
  if (m) {
    renderEvent(decodeURIComponent(m[1]));
    window.scrollTo(0, 0);
  } else if (state.map) {
    state.map.invalidateSize();
    if (state.timeline) state.timeline.redraw();
  }
}

document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); readFilters(); loadDashboard(); });
document.getElementById('filters').addEventListener('reset', () => setTimeout(() => { readFilters(); loadDashboard(); }));
document.getElementById('search').addEventListener('submit', e => {
  e.preventDefault();
  const q = new FormData(e.target).get('q').trim();
  if (q) { location.hash = '#/'; runSearch(q); }
});
document.getElementById('search-close').addEventListener('click', () => { document.getElementById('search-panel').hidden = true; });
document.getElementById('cal-prev').addEventListener('click', () => moveMonth(-1));
document.getElementById('cal-next').addEventListener('click', () => moveMonth(1));
window.addEventListener('hashchange', route);
route();
loadDashboard();
