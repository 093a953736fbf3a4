/**
 * The review desk's only client script (served as /static/app.js; no inline script anywhere, so
 * the CSP can forbid it). Plain ES2017 in a string: no build step. It
 * - marks a field's word box on the page image when the field gets focus or the pointer,
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
