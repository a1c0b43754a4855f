// Plain Chinese word segmentation of the exact texts the extraction benchmark measured (one JSON string per line),
// with @node-rs/jieba (default dictionary, HMM on): the yardstick of how fast Chinese text can be processed at all.
// Usage: node segment.js <texts.jsonl> [threads] [minSeconds]
// Prints one JSON line: { threads, articles, bytes, seconds, mbPerSecond, words }.
'use strict';
const fs = require('node:fs');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

function segmentAll(texts, minSeconds) {
  const jieba = Jieba.withDict(dict);
  for (const t of texts) jieba.cut(t, true); // warm-up: dictionary pages and JIT, not timed
  let bytes = 0;
  let words = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  // Whole passes until minSeconds have elapsed, so short inputs are still timed over a meaningful interval.
  do {
    for (const t of texts) {
      words += jieba.cut(t, true).length;
      bytes += Buffer.byteLength(t, 'utf8');
    }
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (seconds < minSeconds);
  return { bytes, words, seconds };
}

if (isMainThread) {
  const [file, threadsArg, minSecondsArg] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node segment.js <texts.jsonl> [threads] [minSeconds]');
    process.exit(2);
  }
  const threads = Number(threadsArg ?? 1);
  const minSeconds = Number(minSecondsArg ?? 3);
  const texts = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
  // Each worker takes a contiguous share, as the C# all-cores run does; wall time is the slowest worker's.
  const shares = Array.from({ length: threads }, (_, i) => texts.filter((_, j) => j % threads === i));
  const started = process.hrtime.bigint();
  let done = 0;
  const results = [];
  for (const share of shares) {
    const w = new Worker(__filename, { workerData: { texts: share, minSeconds } });
    w.on('message', (r) => {
      results.push(r);
      if (++done === threads) {
        const wall = Number(process.hrtime.bigint() - started) / 1e9;
        const bytes = results.reduce((s, r) => s + r.bytes, 0);
        const words = results.reduce((s, r) => s + r.words, 0);
        // Aggregate rate: bytes segmented per second of the longest worker's timed interval.
        const seconds = Math.max(...results.map((r) => r.seconds));
        console.log(JSON.stringify({ threads, articles: texts.length, bytes, seconds, wallSeconds: wall, mbPerSecond: bytes / 1e6 / seconds, words }));
      }
    });
    w.on('error', (e) => {
      console.error(e);
      process.exit(1);
    });
  }
} else {
  parentPort.postMessage(segmentAll(workerData.texts, workerData.minSeconds));
}
