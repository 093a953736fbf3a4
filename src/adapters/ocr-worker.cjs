'use strict';
/**
 * The thread of one tesseract.js worker: tesseract.js' own Node worker script, plus a full garbage
 * collection of this thread's heap after each page it answered.
 *
 * Every page reaches the worker as a copy (structured clone, ~9 MB at 300 dpi) and is copied again into
 * the wasm file system; both are garbage once the page is read. A worker's own JS heap is tiny, so V8
 * collected them only every few pages: with two workers that held ~100 MB (measured: OCR of 40 photo pages,
 * RSS 541 MB at the end without, 440 MB with). A collection of this small heap takes a few milliseconds.
 *
 * Plain CommonJS, not TypeScript: worker_threads runs it as a file, from src/ and dist/ alike.
 */
const v8 = require('node:v8');
const vm = require('node:vm');
const path = require('node:path');
const { parentPort } = require('node:worker_threads');

// `gc` for this thread only; the flag is switched off again so no other context gets it. V8's flags are the
// process's: a worker starting at the same moment (the name-language workers start together) may switch it
// off between another's two lines, so a missing `gc` is asked for again, and at worst the page goes without
// the collection — never a thrown error, which would take the process down.
function exposeGc() {
  for (let attempt = 0; attempt < 5; attempt++) {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('typeof gc === "function" ? gc : null');
    v8.setFlagsFromString('--no-expose-gc');
    if (gc) return gc;
  }
  return () => undefined;
}
const collect = exposeGc();

const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  post(message, transfer);
  const answered = message && (message.status === 'resolve' || message.status === 'reject');
  if (answered && (message.action === 'recognize' || message.action === 'detect')) setImmediate(collect);
};

require(path.join(path.dirname(require.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js'));
