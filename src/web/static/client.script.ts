/**
 * The review desk's only client script (served as /static/app.js; no inline script anywhere, so
 * the CSP can forbid it). Plain ES2017 in a string: no build step. It
 * - marks a field's word box on the page image when the field gets focus or the pointer,
 * - click to fill: lays the page's words (data-words) over its image as invisible boxes; while a field's
 *   text input has the focus, clicking a word puts its text into that input, dragging across words (or a
 *   click, then Shift+click) puts the words in reading order joined by spaces. The input then carries
 *   where its value stands (hidden input pos.<name>: document, page, box around the words). Editing the
 *   taken text by hand keeps the position while the text stays close to what was taken (edit distance at
 *   most a fifth of its length, at least 1: an OCR letter fixed); further away, or emptied, the position
 *   is dropped for good, so a position always describes the text submitted. The mouse press on the
 *   overlay is cancelled, so the input keeps the focus; the overlay is aria-hidden and not focusable.
 *   A rejected correction comes back with the positions sent (form data-positions); they are sent again,
 * - Strg+Eingabe (Ctrl/Cmd+Enter) confirms the case and opens the next one needing review,
 * - "?" opens the shortcut help, Escape closes it,
 * - focuses a rejected field (data-autofocus) or the first field that needs attention; after a field
 *   was saved (?saved=name) the next field that needs attention, or the confirm button when none is left.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  function isTyping(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }
  function hideMarks() {
    var marks = document.querySelectorAll('.bbox-mark');
    for (var i = 0; i < marks.length; i++) marks[i].hidden = true;
  }
  function mark(field) {
    hideMarks();
    var bbox = field.getAttribute('data-bbox');
    var doc = field.getAttribute('data-doc');
    var page = field.getAttribute('data-page');
    if (!bbox || !doc || !page) return;
    var frames = document.querySelectorAll('.page-frame');
    var frame = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].getAttribute('data-doc') === doc && frames[i].getAttribute('data-page') === page) frame = frames[i];
    }
    if (!frame) return;
    var b;
    try { b = JSON.parse(bbox); } catch (e) { return; }
    if (!b || b.length !== 4) return;
    markAt(frame, b);
  }
  function markAt(frame, b) {
    hideMarks();
    var pad = 0.004;
    var box = frame.querySelector('.bbox-mark');
    box.style.left = ((b[0] - pad) * 100) + '%';
    box.style.top = ((b[1] - pad) * 100) + '%';
    box.style.width = ((b[2] - b[0] + 2 * pad) * 100) + '%';
    box.style.height = ((b[3] - b[1] + 2 * pad) * 100) + '%';
    box.hidden = false;
    var rect = box.getBoundingClientRect();
    var pane = frame.closest('.pages');
    if (pane && (rect.top < 0 || rect.bottom > window.innerHeight)) box.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
  function fieldOf(el) {
    return el && el.closest ? el.closest('[data-field]') : null;
  }
  document.addEventListener('focusin', function (e) {
    var f = fieldOf(e.target);
    if (f) mark(f);
  });
  document.addEventListener('mouseover', function (e) {
    var f = fieldOf(e.target);
    if (f) mark(f);
  });

  // Click to fill.
  var pane = document.querySelector('.pages');
  var picking = null; // the focused text input of a field form: what a click on a word fills
  var drag = null; // { frame, from, to } while the button is down on a word
  var anchor = null; // { frame, index, input } where the last take started, for Shift+click
  var layers = 0;
  function pickTarget(el) {
    return el && el.tagName === 'INPUT' && el.type === 'text' && el.closest('form.field') ? el : null;
  }
  /** data-words: one word a line, 'x0 y0 x1 y1 text' with the box in ten-thousandths of the page. */
  function parseWords(data) {
    var out = [], lines = (data || '').split('\n');
    for (var i = 0; i < lines.length; i++) {
      var m = /^(\d+) (\d+) (\d+) (\d+) (.+)$/.exec(lines[i]);
      if (m) out.push([m[5], m[1] / 1e4, m[2] / 1e4, m[3] / 1e4, m[4] / 1e4]);
    }
    return out;
  }
  function buildLayer(frame) {
    var words = parseWords(frame.getAttribute('data-words'));
    if (!words.length) return;
    frame.pickWords = words;
    var layer = document.createElement('div');
    layer.className = 'word-layer';
    layer.setAttribute('aria-hidden', 'true');
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var span = document.createElement('span');
      span.className = 'word';
      span.setAttribute('data-i', String(i));
      span.style.left = (w[1] * 100) + '%';
      span.style.top = (w[2] * 100) + '%';
      span.style.width = ((w[3] - w[1]) * 100) + '%';
      span.style.height = ((w[4] - w[2]) * 100) + '%';
      layer.appendChild(span);
    }
    frame.appendChild(layer);
    layers++;
  }
  var frames = document.querySelectorAll('.page-frame[data-words]');
  for (var fi = 0; fi < frames.length; fi++) buildLayer(frames[fi]);
  var hint = document.querySelector('.pick-hint');
  if (hint && layers > 0) hint.hidden = false;
  /** Indices of the words whose centre lies in the box spanned by words from and to, in reading order. */
  function selection(frame, from, to) {
    var words = frame.pickWords, a = words[from], b = words[to];
    var x0 = Math.min(a[1], b[1]), y0 = Math.min(a[2], b[2]), x1 = Math.max(a[3], b[3]), y1 = Math.max(a[4], b[4]);
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i], cx = (w[1] + w[3]) / 2, cy = (w[2] + w[4]) / 2;
      if (i === from || i === to || (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)) out.push(i);
    }
    return out;
  }
  function showTaken(frame, indices) {
    var old = document.querySelectorAll('.word.taken');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('taken');
    if (!frame) return;
    var spans = frame.querySelectorAll('.word');
    for (var j = 0; j < indices.length; j++) spans[indices[j]].classList.add('taken');
  }
  function setPosition(input, position) {
    var name = 'pos.' + input.name;
    var hidden = input.form.elements.namedItem(name);
    if (!position) {
      if (hidden) hidden.parentNode.removeChild(hidden);
      return;
    }
    if (!hidden) {
      hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      input.form.appendChild(hidden);
    }
    hidden.value = JSON.stringify(position);
  }
  function take(d) {
    var input = picking;
    if (!input) return;
    var indices = selection(d.frame, d.from, d.to);
    var words = d.frame.pickWords;
    var text = indices.map(function (i) { return words[i][0]; }).join(' ')
      .replace(/^[\s,;:"'„“”‚‘’»«()\[\]]+|[\s,;:"'„“”‚‘’»«()\[\]]+$/g, '');
    if (!text) return;
    var bbox = [1, 1, 0, 0];
    indices.forEach(function (i) {
      var w = words[i];
      bbox = [Math.min(bbox[0], w[1]), Math.min(bbox[1], w[2]), Math.max(bbox[2], w[3]), Math.max(bbox[3], w[4])];
    });
    input.value = text;
    input.pickTaken = text;
    setPosition(input, { documentId: d.frame.getAttribute('data-doc'), page: Number(d.frame.getAttribute('data-page')), bbox: bbox });
    anchor = { frame: d.frame, index: d.from, input: input };
    showTaken(d.frame, indices);
    markAt(d.frame, bbox);
  }
  function wordOf(target) {
    var span = target && target.closest ? target.closest('.word') : null;
    return span ? { frame: span.parentNode.parentNode, index: Number(span.getAttribute('data-i')) } : null;
  }
  document.addEventListener('focusin', function (e) {
    picking = pickTarget(e.target);
    if (anchor && anchor.input !== picking) showTaken(null, []);
    if (pane) pane.classList.toggle('picking', picking !== null && layers > 0);
  });
  document.addEventListener('mousedown', function (e) {
    if (!picking || e.button !== 0 || !e.target.closest || !e.target.closest('.word-layer')) return;
    e.preventDefault(); // the input keeps the focus
    var word = wordOf(e.target);
    if (!word) return;
    var from = e.shiftKey && anchor && anchor.frame === word.frame && anchor.input === picking ? anchor.index : word.index;
    drag = { frame: word.frame, from: from, to: word.index };
    showTaken(word.frame, selection(word.frame, drag.from, drag.to));
  });
  document.addEventListener('mouseover', function (e) {
    if (!drag) return;
    var word = wordOf(e.target);
    if (!word || word.frame !== drag.frame) return;
    drag.to = word.index;
    showTaken(drag.frame, selection(drag.frame, drag.from, drag.to));
  });
  document.addEventListener('mouseup', function () {
    if (!drag) return;
    var d = drag;
    drag = null;
    take(d);
  });
  function editDistance(a, b) {
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  // A rejected correction came back with the positions sent (data-positions): they go with the next submit.
  var returned = document.querySelectorAll('form.field[data-positions]');
  for (var ri = 0; ri < returned.length; ri++) {
    var sent;
    try { sent = JSON.parse(returned[ri].getAttribute('data-positions')); } catch (e) { continue; }
    Object.keys(sent || {}).forEach(function (key) {
      var input = returned[ri].elements.namedItem(key);
      if (!input || input.tagName !== 'INPUT' || !input.value) return;
      input.pickTaken = input.value.replace(/\s+/g, ' ').trim();
      setPosition(input, sent[key]);
    });
  }
  // Typing by hand: the position stays while the text is close to the taken words, else it is dropped.
  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!input || typeof input.pickTaken !== 'string') return;
    var value = input.value.replace(/\s+/g, ' ').trim();
    var taken = input.pickTaken;
    if (value !== '' && editDistance(value, taken) <= Math.max(1, Math.floor(taken.length / 5))) return;
    input.pickTaken = undefined;
    setPosition(input, null);
    if (anchor && anchor.input === input) showTaken(null, []);
  });
  var help = document.getElementById('shortcut-help');
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      var confirmForm = document.getElementById('confirm-form');
      if (confirmForm) {
        e.preventDefault();
        confirmForm.requestSubmit();
      }
      return;
    }
    if (help && e.key === '?' && !isTyping(e.target)) {
      e.preventDefault();
      help.hidden = !help.hidden;
      if (!help.hidden) help.querySelector('button').focus();
      return;
    }
    if (help && e.key === 'Escape' && !help.hidden) help.hidden = true;
  });
  if (help) {
    help.querySelector('button').addEventListener('click', function () { help.hidden = true; });
  }
  var target = document.querySelector('[data-autofocus]');
  var saved = new URLSearchParams(location.search).get('saved');
  if (!target && saved) target = document.getElementById('f-' + saved);
  // After a field was saved, go on to the next field that still needs attention, else to "confirm".
  if (target && target.matches('form.field') && !target.classList.contains('attention')) {
    var fields = Array.prototype.slice.call(document.querySelectorAll('form.field'));
    var after = fields.slice(fields.indexOf(target) + 1).concat(fields.slice(0, fields.indexOf(target)));
    var next = after.filter(function (f) { return f.classList.contains('attention') && f.offsetParent !== null; })[0];
    target = next || document.querySelector('#confirm-form button') || target;
  }
  if (!target) target = document.querySelector('form.field.attention');
  if (target) {
    var first = target.matches('input,select,textarea,button') ? target : target.querySelector('input:not([type=hidden]),select,textarea');
    if (first) first.focus({ preventScroll: false });
  }
})();
`;
