// Browser tests of the graph explorer: the real API host (sample corpus seeded into a temporary SQLite file) driven
// through Debian's chromium with playwright-core. Run: npm ci && npm test (EXPLORER_NO_BUILD=1 skips the dotnet build).
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const apiDir = path.join(repo, 'src/GraphApi');
const configuration = process.env.EXPLORER_CONFIGURATION ?? 'Release';
const apiDll = path.join(apiDir, 'bin', configuration, 'net10.0', 'KnowledgeGraph.GraphApi.dll');
const artifacts = path.join(here, 'artifacts');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const testKey = 'explorer-test-key-0123456789';

const children = [];
const temps = [];
let api;
let context;
let page;
let pageErrors = [];

// A killed test run must not leave API hosts behind; 'exit' handlers may only do synchronous work, which kill() is.
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApi(extraEnv = {}) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-explorer-'));
  temps.push(dir);
  const child = spawn('dotnet', [apiDll, '--urls', `http://127.0.0.1:${port}`], {
    cwd: apiDir,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      Store__Sqlite__Path: path.join(dir, 'kg.db'),
      Api__SeedSampleCorpus: 'true',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`API host exited before it was ready:\n${log}`);
    if (Date.now() > deadline) throw new Error(`API host not ready within 180 s:\n${log}`);
    try {
      const r = await fetch(`${base}/health/ready`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, child };
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

async function newContext() {
  const profile = mkdtempSync(path.join(tmpdir(), 'kg-explorer-profile-'));
  temps.push(profile);
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1600, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function openPage(ctx, base) {
  const p = await ctx.newPage();
  // Shared 2-core CI machines can stall for tens of seconds; waits are for events, so a long ceiling costs nothing.
  p.setDefaultTimeout(120_000);
  p.on('pageerror', (e) => pageErrors.push(e.message));
  await p.goto(`${base}/explorer/`);
  return p;
}

const shot = (p, name) => p.screenshot({ path: path.join(artifacts, `${name}.png`) });

/** Screen coordinates of an element's centre (node) or midpoint (edge) on the canvas. */
function screenPoint(p, id) {
  return p.evaluate((id) => {
    const cy = window.explorer.view.cy;
    const el = cy.getElementById(id);
    const at = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** Clicks an element where it is drawn now, again while the layout may still move it, until the panel shows `title`. */
async function clickUntilPanel(p, id, title, attempts = 8) {
  for (let attempt = 1; ; attempt++) {
    const at = await screenPoint(p, id);
    await p.mouse.click(at.x, at.y);
    try {
      await p.waitForFunction((t) => document.getElementById('panel-title')?.textContent === t, title, { timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt === attempts) throw e;
    }
  }
}

/**
 * Clicks an edge on the canvas as a user would and waits for the side panel to show it. Tries the longest visible edges
 * first (their midpoints are the least likely to sit under a node), skips midpoints covered by a node, and re-reads
 * positions before every click because the layout may still be settling on a loaded machine. Returns the edge clicked.
 */
async function clickEdge(p) {
  for (let candidate = 0; ; candidate++) {
    const edge = await p.evaluate((skip) => {
      const cy = window.explorer.view.cy;
      cy.fit(undefined, 30);
      const len = (e) => Math.hypot(e.sourceEndpoint().x - e.targetEndpoint().x, e.sourceEndpoint().y - e.targetEndpoint().y);
      const covered = (e) => {
        const m = e.midpoint();
        return cy.nodes(':visible').some((n) => {
          const b = n.boundingBox();
          return m.x >= b.x1 && m.x <= b.x2 && m.y >= b.y1 && m.y <= b.y2;
        });
      };
      const free = cy.edges(':visible').filter((e) => !covered(e)).sort((a, b) => len(b) - len(a));
      const e = free.length > 0 ? free[skip % free.length] : cy.edges(':visible').first();
      return { id: e.id(), type: e.data('type') };
    }, candidate);
    try {
      await clickUntilPanel(p, edge.id, edge.type, 2);
      return edge;
    } catch (e) {
      if (candidate === 3) throw e;
    }
  }
}

// Every evaluate below returns plain data or nothing: handing back a cytoscape collection makes Playwright serialise
// the whole core (gigabytes).
const counts = (p) => p.evaluate(() => window.explorer.view.visibleCounts());

// Filters are applied by event handlers that may batch their cytoscape updates: poll for the expected state instead of
// reading it once, so a slow machine fails only when the state never comes (after 10 s).
async function eventually(read, ok, message) {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) assert.fail(`${message} (last value: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  if (!process.env.EXPLORER_NO_BUILD) {
    execFileSync('dotnet', ['build', apiDir, '-c', configuration, '--nologo', '-v', 'q'], { stdio: 'inherit' });
  }
  api = await startApi();
  context = await newContext();
  page = await openPage(context, api.base);
});

afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  assert.deepEqual(errors, [], 'the page threw');
});

after(async () => {
  await context?.close();
  for (const child of children) await stop(child);
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

test('the query page links the explorer, whose dashboard loads with Chinese in a CJK font', async () => {
  const home = await (await fetch(`${api.base}/`)).text();
  assert.match(home, /<a href="explorer\/"/, 'the query page at / links the explorer');
  await page.waitForSelector('#dash-brokers li');
  const stats = await page.locator('#dash-stats').innerText();
  assert.match(stats, /\d+ entities · \d+ relations · \d+ articles/);
  assert.ok((await page.locator('#dash-kinds li').count()) >= 5, 'counts by kind shown');
  assert.match(await page.locator('#dash-brokers').innerText(), /中国科学技术协会/);
  const cjk = await page.evaluate(async () => {
    await document.fonts.ready;
    // A font that lacks the glyphs gives a measure equal to the fallback; compare against a Latin-only family.
    const canvas = document.createElement('canvas').getContext('2d');
    canvas.font = '20px "Noto Sans CJK SC"';
    const noto = canvas.measureText('中国科学技术协会').width;
    return { available: document.fonts.check('20px "Noto Sans CJK SC"', '中'), noto };
  });
  assert.ok(cjk.available, 'Noto Sans CJK SC available to the page');
  assert.ok(cjk.noto > 100, `Chinese glyphs have width (${cjk.noto})`);
  await shot(page, '01-dashboard');
});

test('search by short name and by acronym, open as a force-directed neighbourhood', async () => {
  await page.fill('#search-input', 'CAST');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results li');
  assert.match(await page.locator('#search-results li').first().innerText(), /中国科学技术协会/);

  await page.fill('#search-input', '中国科协');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 3);
  const first = page.locator('#search-results li button').first();
  assert.equal(await first.getAttribute('aria-label'), 'Open 中国科学技术协会', 'exact alias match ranks first');
  await first.click();
  await page.waitForFunction(() => /^Opened/.test(document.getElementById('status').textContent));
  const c = await counts(page);
  assert.ok(c.nodes > 10 && c.edges > 10, `neighbourhood drawn: ${JSON.stringify(c)}`);
  const look = await page.evaluate(() => {
    const cy = window.explorer.view.cy;
    const shapes = new Set(cy.nodes().map((n) => n.style('shape')));
    const colors = new Set(cy.nodes().map((n) => n.style('background-color')));
    const root = cy.getElementById(window.explorer.root());
    const leaf = cy.nodes().filter((n) => n.data('degree') === 1).first();
    const edge = cy.edges().first();
    return {
      shapes: shapes.size,
      colors: colors.size,
      rootBigger: root.width() > leaf.width(),
      edgeLabel: edge.style('label') === edge.data('type'),
      spread: cy.nodes().boundingBox().w > 200,
    };
  });
  assert.ok(look.shapes >= 3 && look.colors >= 3, `kinds differ by shape and colour: ${JSON.stringify(look)}`);
  assert.ok(look.rootBigger, 'node size follows degree');
  assert.ok(look.edgeLabel, 'edge label is the relation type');
  assert.ok(look.spread, 'layout spread the nodes out');
  await page.waitForFunction(() => document.getElementById('panel-title')?.textContent === '中国科学技术协会');
  await shot(page, '02-opened');
});

test('clicking a node and an edge shows properties and evidence with the names marked', async () => {
  const rootId = await page.evaluate(() => window.explorer.root());
  await page.evaluate(() => {
    window.explorer.view.cy.elements(':selected').unselect();
  });
  await page.evaluate(() => (document.getElementById('panel').innerHTML = ''));
  await clickUntilPanel(page, rootId, '中国科学技术协会');
  const panelText = await page.locator('#panel').innerText();
  assert.match(panelText, /CAST/, 'aliases listed');
  assert.match(panelText, /属性 Properties/);
  const marks = await page.locator('#panel .evidence mark').allInnerTexts();
  assert.ok(marks.some((m) => ['中国科学技术协会', '中国科协', 'CAST'].includes(m)), `entity names marked: ${marks.slice(0, 5)}`);

  await clickEdge(page);
  assert.ok((await page.locator('#panel .evidence li').count()) >= 1, 'edge evidence listed');
  assert.ok((await page.locator('#panel .evidence mark').count()) >= 1, 'edge evidence has marked names');
  assert.match(await page.locator('#panel .evidence .src').first().innerText(), /undated|\d{4}-\d{2}-\d{2}/, 'article date shown');
  await shot(page, '03-edge-evidence');
});

test('double-click expands a node in place', async () => {
  const target = await page.evaluate(() => {
    const cy = window.explorer.view.cy;
    // The neighbour with the most relations not drawn yet.
    const candidates = cy.nodes().filter((n) => !n.hasClass('root')).map((n) => ({ id: n.id(), missing: n.data('degree') - n.degree() }));
    candidates.sort((a, b) => b.missing - a.missing);
    const node = cy.getElementById(candidates[0].id);
    cy.zoom({ level: 2, renderedPosition: node.renderedPosition() });
    cy.center(node);
    return { id: node.id(), missing: candidates[0].missing };
  });
  assert.ok(target.missing > 0, 'a neighbour has undrawn relations');
  const before = await counts(page);
  const rootPos = await page.evaluate(() => window.explorer.view.cy.getElementById(window.explorer.root()).position());
  const at = await screenPoint(page, target.id);
  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction(() => /^Expanded/.test(document.getElementById('status').textContent));
  const after = await counts(page);
  assert.ok(after.nodes > before.nodes, `nodes grew: ${before.nodes} → ${after.nodes}`);
  const state = await page.evaluate((id) => {
    const cy = window.explorer.view.cy;
    const node = cy.getElementById(id);
    return { expanded: node.data('expanded') === true, degree: node.degree(), stored: node.data('degree') };
  }, target.id);
  assert.ok(state.expanded && state.degree >= Math.min(state.stored, 150), `all relations of the node drawn: ${JSON.stringify(state)}`);
  const rootAfter = await page.evaluate(() => window.explorer.view.cy.getElementById(window.explorer.root()).position());
  assert.ok(Number.isFinite(rootAfter.x) && Math.hypot(rootAfter.x - rootPos.x, rootAfter.y - rootPos.y) < 2000, 'existing nodes stay put roughly');
  await page.evaluate(() => {
    window.explorer.view.cy.fit(undefined, 30);
  });
  await shot(page, '04-expanded');
});

test('filters, hide and pin change what is drawn', async () => {
  const typeCount = (t) => page.evaluate((t) => window.explorer.view.cy.edges(':visible').filter((e) => e.data('type') === t).length, t);
  const type = await page.evaluate(() => window.explorer.view.cy.edges(':visible').first().data('type'));
  assert.ok((await typeCount(type)) > 0);
  await page.locator(`#filter-relations input[value="${type}"]`).uncheck();
  await eventually(() => typeCount(type), (n) => n === 0, `${type} edges hidden by the relation filter`);
  await page.locator(`#filter-relations input[value="${type}"]`).check();
  await eventually(() => typeCount(type), (n) => n > 0, `${type} edges shown again`);

  const kindVisible = (k) => page.evaluate((k) => window.explorer.view.cy.nodes(':visible').filter((n) => n.data('kindKey') === k).length, k);
  const kind = await page.evaluate(() => window.explorer.view.cy.nodes(':visible').last().data('kindKey'));
  await page.locator(`#legend input[value="${kind}"]`).uncheck();
  await eventually(() => kindVisible(kind), (n) => n === 0, `${kind} nodes hidden by the legend filter`);
  await page.locator(`#legend input[value="${kind}"]`).check();
  await eventually(() => kindVisible(kind), (n) => n > 0, `${kind} nodes shown again`);

  // Dates: the sample corpus has one dated article (2020-10); a range after it keeps only undated evidence.
  await page.fill('#date-from', '2030-01-01');
  await page.locator('#date-undated').uncheck();
  await eventually(() => counts(page), (c) => c.edges === 0, 'no relation has evidence dated 2030 or later');
  await page.fill('#date-from', '');
  await page.locator('#date-undated').check();
  await eventually(() => counts(page), (c) => c.edges > 0, 'relations shown again after the date filter is cleared');

  const id = await page.evaluate(() => window.explorer.root());
  await page.evaluate((id) => {
    window.explorer.view.cy.getElementById(id).select();
  }, id);
  await page.waitForSelector('#panel button[data-act="pin"]');
  await page.locator('#panel button[data-act="pin"]').click();
  await eventually(() => page.evaluate((id) => window.explorer.view.cy.getElementById(id).locked(), id), (v) => v === true, 'pinned node is locked');
  await page.locator('#panel button[data-act="hide"]').click();
  await eventually(() => page.evaluate((id) => window.explorer.view.cy.getElementById(id).visible(), id), (v) => v === false, 'hidden');
  assert.match(await page.locator('#btn-unhide').innerText(), /\(1\)/);
  await page.locator('#btn-unhide').click();
  await eventually(() => page.evaluate((id) => window.explorer.view.cy.getElementById(id).visible(), id), (v) => v === true, 'shown again');
});

test('shortest paths between 广州市科协 and 深圳市科协 are highlighted with hop evidence', async () => {
  await page.fill('#path-from', '广州市科协');
  await page.fill('#path-to', '深圳市科协');
  await page.locator('#path-form button[type=submit]').click();
  await page.waitForFunction(() => /highlighted|No path/.test(document.getElementById('status').textContent));
  const panelText = await page.locator('#panel').innerText();
  assert.match(panelText, /广州市科协 → 粤港澳大湾区科技协同创新联盟 → 深圳市科协/);
  assert.equal(await page.locator('#panel .hop').count(), 2, 'two hops listed');
  for (const hop of await page.locator('#panel .hop').all()) {
    assert.ok((await hop.locator('mark').count()) >= 1, 'each hop has a marked evidence sentence');
  }
  const marks = await page.locator('#panel .hop mark').allInnerTexts();
  assert.ok(marks.includes('广州市科协') && marks.includes('深圳市科协'), `both ends marked: ${marks}`);
  const onPath = await page.evaluate(() => ({
    nodes: window.explorer.view.cy.nodes('.on-path').map((n) => n.data('name')),
    edges: window.explorer.view.cy.edges('.on-path').length,
  }));
  assert.deepEqual(new Set(onPath.nodes), new Set(['广州市科协', '粤港澳大湾区科技协同创新联盟', '深圳市科协']));
  assert.equal(onPath.edges, 2);
  await page.evaluate(() => {
    window.explorer.view.cy.fit(window.explorer.view.cy.elements('.on-path'), 80);
  });
  await shot(page, '05-path');
});

test('exports PNG, GraphML and JSON of what is on screen', async () => {
  await page.locator('#btn-clear-path').click();
  await page.evaluate(() => {
    window.explorer.view.cy.fit(undefined, 30);
  });
  const expected = await counts(page);
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    const file = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(file);
    return readFileSync(file);
  };
  const png = await save('#btn-png');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.ok(width > 200 && height > 200, `PNG ${width}×${height}`);

  const graphml = (await save('#btn-graphml')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      nodes: doc.getElementsByTagNameNS(ns, 'node').length,
      edges: doc.getElementsByTagNameNS(ns, 'edge').length,
      names: [...doc.getElementsByTagNameNS(ns, 'data')].filter((d) => d.getAttribute('key') === 'name').map((d) => d.textContent),
    };
  }, graphml);
  assert.equal(parsed.error, 0, 'GraphML is well-formed XML');
  assert.equal(parsed.nodes, expected.nodes);
  assert.equal(parsed.edges, expected.edges);
  assert.ok(parsed.names.includes('中国科学技术协会'));

  const json = JSON.parse((await save('#btn-json')).toString('utf8'));
  assert.equal(json.nodes.length, expected.nodes);
  assert.equal(json.edges.length, expected.edges);
  const ids = new Set(json.nodes.map((n) => n.id));
  assert.ok(json.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.type), 'edges reference exported nodes');
});

test('stays responsive with 2,000 drawn elements', async () => {
  const result = await page.evaluate(async () => {
    const view = window.explorer.view;
    view.clear();
    const kinds = ['ASSOCIATION', 'SOCIETY', 'ALLIANCE', 'UNIVERSITY', 'ENTERPRISE', 'GOVERNMENT'];
    const types = ['MEMBER_OF', 'FOUNDED', 'PARTNERS_WITH', 'ATTENDED'];
    const nodes = [];
    const edges = [];
    for (let i = 0; i < 700; i++) {
      const person = i % 7 === 0;
      nodes.push({
        id: `syn-${i}`,
        name: `合成机构${i}`,
        type: person ? 'PERSON' : 'ORGANIZATION',
        kind: person ? null : kinds[i % kinds.length],
        aliases: [],
        relations: { totalCount: 1 + (i % 13) },
      });
    }
    // A connected, tree-plus-shortcuts graph: 699 tree edges and 601 extra links.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 1; i < 700; i++) edges.push({ i, a: Math.floor(rnd() * i), b: i });
    for (let i = 0; i < 601; i++) edges.push({ i: 700 + i, a: Math.floor(rnd() * 700), b: Math.floor(rnd() * 700) });
    const rels = edges.map((e, k) => ({
      id: `syn-e${k}`,
      type: types[k % types.length],
      confidence: 0.5,
      source: { id: `syn-${e.a}` },
      target: { id: `syn-${e.b}` },
      evidence: [],
    }));
    const t0 = performance.now();
    view.merge(nodes, rels);
    const mergeMs = performance.now() - t0;
    const layoutMs = await view.layout(false);
    const elements = view.cy.elements(':visible').length;

    const t1 = performance.now();
    view.filters.relationTypes.delete('ATTENDED');
    view.applyFilters();
    view.filters.relationTypes.add('ATTENDED');
    view.applyFilters();
    const filterMs = performance.now() - t1;
    view.cy.fit(undefined, 20);
    return {
      elements,
      mergeMs,
      layoutMs,
      filterMs,
    };
  });

  // Frame pacing while the user zooms with the wheel and drags: what a large graph must survive.
  await page.evaluate(() => {
    window.frameLog = [];
    window.recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.frameLog.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = await page.locator('#cy').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -150 : 150);
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 5 + i * 20, box.y + 5 + i * 10);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.recording = false;
    const f = window.frameLog.slice(1);
    return { count: f.length, meanFrameMs: f.reduce((a, b) => a + b, 0) / Math.max(1, f.length), maxFrameMs: Math.max(...f) };
  });
  Object.assign(result, frames);
  console.log(`# 2,000 elements: ${JSON.stringify(result)}`);
  assert.equal(result.elements, 2000);
  // Generous bounds for a loaded 2-core CI machine; a per-frame relayout or unbatched adds blow far past them.
  assert.ok(result.mergeMs < 5_000, `adding 2,000 elements took ${result.mergeMs} ms`);
  assert.ok(result.layoutMs < 60_000, `layout took ${result.layoutMs} ms`);
  assert.ok(result.filterMs < 3_000, `filtering took ${result.filterMs} ms`);
  assert.ok(result.count > 5, 'frames were drawn during the interaction');
  assert.ok(result.meanFrameMs < 500, `mean frame ${result.meanFrameMs} ms while zooming and panning`);

  const started = Date.now();
  await page.locator('#cy').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.explorer.view.cy.nodes(':selected').length === 1);
  assert.ok(Date.now() - started < 5_000, 'keyboard selection answers promptly');
  await shot(page, '06-2000-elements');
});

test('keyboard only: search, open, walk, expand and reach the panel', async () => {
  const p = await openPage(context, api.base);
  const focused = () => p.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName);
  await p.waitForSelector('#dash-brokers li');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement?.className), 'skip', 'first Tab reaches the skip link');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.id === 'search-input');
  const outline = await p.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await p.keyboard.type('粤港澳大湾区科技协同创新联盟');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Open 粤港澳大湾区科技协同创新联盟');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => /^Opened/.test(document.getElementById('status').textContent));
  assert.equal(await focused(), 'cy', 'the graph has focus after opening');
  const before = await p.evaluate(() => window.explorer.view.visibleCounts());

  // Walk to a member association that has more relations than drawn, then expand it with Enter.
  let name = '';
  for (let i = 0; i < 10; i++) {
    await p.keyboard.press('ArrowRight');
    name = await p.evaluate(() => {
      const n = window.explorer.view.cy.nodes(':selected').first();
      return n.data('degree') > n.degree() ? n.data('name') : '';
    });
    if (name) break;
  }
  assert.ok(name, 'arrow keys reached a node with more to expand');
  await p.waitForFunction((n) => document.getElementById('panel-title')?.textContent === n, name);
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => /^Expanded/.test(document.getElementById('status').textContent));
  const after = await p.evaluate(() => window.explorer.view.visibleCounts());
  assert.ok(after.nodes > before.nodes, `Enter expanded: ${before.nodes} → ${after.nodes}`);

  // Tab onward from the graph reaches the panel's actions.
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await p.keyboard.press('Tab');
    reached = await p.evaluate(() => document.activeElement?.closest('#panel') !== null && document.activeElement?.tagName === 'BUTTON');
  }
  assert.ok(reached, 'Tab reaches the panel buttons');
  await shot(p, '07-keyboard');
  await p.close();
});

test('sends the API key from the key field when reads need one', async () => {
  const secured = await startApi({
    Api__RequireKeyForReads: 'true',
    Api__ApiKeys__0__Name: 'explorer-test',
    Api__ApiKeys__0__Key: testKey,
  });
  const ctx = await newContext();
  try {
    const p = await ctx.newPage();
    p.setDefaultTimeout(120_000);
    p.on('pageerror', (e) => pageErrors.push(e.message));
    const keys = [];
    p.on('request', (r) => r.url().endsWith('/graphql') && keys.push(r.headers()['x-api-key'] ?? null));
    await p.goto(`${secured.base}/explorer/`);
    await p.waitForFunction(() => document.getElementById('status').classList.contains('error'));
    assert.match(await p.locator('#status').innerText(), /API key/);
    await p.fill('#api-key', testKey);
    await p.locator('#key-form button').click();
    await p.waitForSelector('#dash-brokers li');
    assert.equal(keys[0], null, 'no key before one was entered');
    assert.equal(keys.at(-1), testKey, 'the key is sent once entered');
    await p.reload();
    await p.waitForSelector('#dash-brokers li');
    assert.equal(await p.inputValue('#api-key'), testKey, 'kept for the tab in sessionStorage');
    assert.equal(await p.evaluate(() => localStorage.length), 0, 'never written to localStorage');
  } finally {
    await ctx.close();
    await stop(secured.child);
  }
});

test('rejects a relation from the side panel with the key set, shows the decision, and Undo brings it back', async () => {
  // Its own host: the decision changes the graph, which the other tests read.
  const curated = await startApi({ Api__ApiKeys__0__Name: 'explorer-test', Api__ApiKeys__0__Key: testKey });
  const ctx = await newContext();
  try {
    const p = await openPage(ctx, curated.base);
    await p.waitForSelector('#dash-brokers li');
    await p.fill('#search-input', '广州市科协');
    await p.press('#search-input', 'Enter');
    await p.waitForSelector('#search-results li button');
    await p.locator('#search-results li button').first().click();
    await p.waitForFunction(() => /^Opened/.test(document.getElementById('status').textContent));
    // The root's details load after the graph; wait for them so they do not replace the edge's panel later.
    await p.waitForFunction(() => {
      const e = window.explorer.view.entities.get(window.explorer.root());
      return document.getElementById('panel-title')?.textContent === e?.name;
    });

    const edge = await clickEdge(p);
    const onScreen = (id) => p.evaluate((id) => window.explorer.view.cy.getElementById(id).nonempty(), id);
    const result = p.locator('#curate-result');

    // No key yet: the button says one is needed and sends nothing.
    const reject = p.getByRole('button', { name: 'Reject', exact: true });
    await reject.click();
    assert.match(await result.innerText(), /API key is needed/);
    assert.ok(await onScreen(edge.id), 'nothing rejected without a key');

    await p.fill('#api-key', testKey);
    await p.locator('#key-form button').click();
    await p.fill('#curate-reason', 'browser test: not a real tie');
    // Keyboard: focus Reject and press Enter.
    await reject.focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => /recorded/.test(document.getElementById('curate-result')?.textContent ?? ''));
    const text = await result.innerText();
    assert.match(text, /Decision #\d+ \(REJECT_RELATION\) recorded/, `decision shown: ${text}`);
    assert.equal(await onScreen(edge.id), false, 'the rejected edge left the view');
    const seq = Number(/#(\d+)/.exec(text)[1]);
    const decisions = await fetch(`${curated.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': testKey },
      body: JSON.stringify({ query: '{ decisions { nodes { seq kind actor reason relationId } } }' }),
    }).then((r) => r.json());
    const recorded = decisions.data?.decisions?.nodes?.find((d) => d.seq === seq);
    assert.deepEqual(
      recorded,
      { seq, kind: 'REJECT_RELATION', actor: 'explorer-test', reason: 'browser test: not a real tie', relationId: edge.id },
      `audit trail: ${JSON.stringify(decisions)}`,
    );
    await shot(p, '10-rejected');

    await p.getByRole('button', { name: `Undo decision #${seq}` }).click();
    await p.waitForFunction(() => /undone by decision #\d+/.test(document.getElementById('curate-result')?.textContent ?? ''));
    await p.waitForFunction((id) => window.explorer.view.cy.getElementById(id).nonempty(), edge.id);
    assert.ok(await onScreen(edge.id), 'Undo brought the edge back');
    await shot(p, '11-undone');
  } finally {
    await ctx.close();
    await stop(curated.child);
  }
});
