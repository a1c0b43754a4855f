import './styles.css';
import type { NodeSingular } from 'cytoscape';
import * as api from './api';
import type { EntityNode, Evidence, Path, RelationEdge } from './api';
import * as curation from './curation';
import type { CurationHooks } from './curation';
import { download, toGraphMl, toJson, toPng } from './export';
import { GraphView } from './graph';
import { KINDS, RELATION_TYPES, kindFromCountName, kindKey, kindStyle, swatchSvg } from './kinds';
import { escapeHtml, highlight, safeUrl } from './text';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const view = new GraphView($('cy'));
const panel = $('panel');
const statusLine = $('status');
let rootId: string | null = null;
let busy = 0;

function setStatus(message: string, error = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

/** Runs one user action, reporting API errors in the status line instead of losing them in the console. */
async function act(label: string, work: () => Promise<void>): Promise<void> {
  busy++;
  document.body.setAttribute('aria-busy', 'true');
  setStatus(`${label}…`);
  try {
    await work();
  } catch (error) {
    setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, true);
  } finally {
    if (--busy === 0) document.body.removeAttribute('aria-busy');
  }
}

function names(id: string): string[] {
  const e = view.entities.get(id);
  return e ? [e.name, ...e.aliases] : [];
}

function entityName(id: string): string {
  return view.entities.get(id)?.name ?? id;
}

function evidenceItem(evidence: Evidence, highlightNames: string[], heading?: string): string {
  const article = evidence.article;
  const url = safeUrl(article?.url);
  const title = escapeHtml(article?.title ?? 'untitled article');
  const source = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${title}</a>` : title;
  const date = article?.publishedOn ? ` · ${escapeHtml(article.publishedOn)}` : ' · undated';
  const publisher = article?.publisher ? ` · ${escapeHtml(article.publisher)}` : '';
  return `<li>${heading ? `<span class="rel">${heading}</span>` : ''}<span class="sentence">${highlight(evidence.sentence, highlightNames)}</span>
    <span class="src">${source}${date}${publisher}</span></li>`;
}

function relationHeading(r: RelationEdge): string {
  const extra = [r.role, r.title].filter(Boolean).map((s) => escapeHtml(s!)).join(', ');
  return `${escapeHtml(entityName(r.source.id))} —${escapeHtml(r.type)}→ ${escapeHtml(entityName(r.target.id))}${extra ? ` (${extra})` : ''}`;
}

function relationEvidence(r: RelationEdge): string {
  const marked = [...names(r.source.id), ...names(r.target.id)];
  return r.evidence.map((e, i) => evidenceItem(e, marked, i === 0 ? relationHeading(r) : undefined)).join('');
}

// ---- Side panel ----------------------------------------------------------------------------------------------

async function showEntity(id: string): Promise<void> {
  const { entity, positions } = await api.entityDetail(id);
  if (!entity) {
    panel.innerHTML = `<p class="placeholder">Entity ${escapeHtml(id)} no longer exists.</p>`;
    return;
  }
  const style = kindStyle(kindKey(entity.type, entity.kind));
  const node = view.cy.getElementById(id);
  const drawn = [...view.relations.values()].filter((r) => r.source.id === id || r.target.id === id);
  const props = entity.properties.length
    ? `<table><tbody>${entity.properties.map((p) => `<tr><th scope="row">${escapeHtml(p.key)}</th><td>${escapeHtml(p.value)}</td></tr>`).join('')}</tbody></table>`
    : '<p class="meta">No properties recorded.</p>';
  const held = positions.length
    ? `<h3>职务 Positions held</h3><ul class="evidence">${positions
        .map((p) => {
          const when = [p.from?.slice(0, 10), p.to?.slice(0, 10)].filter(Boolean).join(' – ');
          const head = `${escapeHtml(p.title ?? 'position')} · ${escapeHtml(p.organization.name)}${when ? ` (${escapeHtml(when)})` : ''}`;
          const marked = [entity.name, ...entity.aliases, p.organization.name];
          return p.relation.evidence.length
            ? p.relation.evidence.map((e, i) => evidenceItem(e, marked, i === 0 ? head : undefined)).join('')
            : `<li><span class="rel">${head}</span></li>`;
        })
        .join('')}</ul>`
    : '';
  panel.innerHTML = `
    <h2 id="panel-title">${escapeHtml(entity.name)}</h2>
    <p class="meta">${swatchSvg(style)} ${escapeHtml(style.label)} · ${escapeHtml(entity.type)} · ${entity.relations.totalCount} relations (${drawn.length} on screen)</p>
    <p class="meta">Aliases: ${entity.aliases.length ? entity.aliases.map(escapeHtml).join('、') : '—'}</p>
    <div class="actions">
      <button type="button" data-act="expand">Expand</button>
      <button type="button" data-act="pin" aria-pressed="${node.locked()}">${node.locked() ? 'Unpin' : 'Pin'}</button>
      <button type="button" data-act="hide">Hide</button>
      <button type="button" data-act="from" class="secondary">Path from here</button>
      <button type="button" data-act="to" class="secondary">Path to here</button>
    </div>
    <h3>属性 Properties</h3>${props}
    ${held}
    <h3>证据 Evidence (relations on screen)</h3>
    <ul class="evidence">${drawn.map(relationEvidence).join('') || '<li>None drawn yet: expand the node.</li>'}</ul>
    ${curation.entitySection()}`;
  curation.wireEntity(panel, entity, curationHooks);
  panel.querySelectorAll<HTMLButtonElement>('button[data-act]').forEach((b) =>
    b.addEventListener('click', () => {
      const actName = b.dataset.act;
      if (actName === 'expand') void expand(id);
      else if (actName === 'pin') {
        const pinned = view.togglePin(id);
        b.textContent = pinned ? 'Unpin' : 'Pin';
        b.setAttribute('aria-pressed', String(pinned));
      } else if (actName === 'hide') hideNode(id);
      else if (actName === 'from' || actName === 'to') {
        const input = $<HTMLInputElement>(actName === 'from' ? 'path-from' : 'path-to');
        input.value = entity.name;
        input.dataset.id = id;
        input.dataset.name = entity.name;
        setStatus(`Path ${actName === 'from' ? 'start' : 'end'}: ${entity.name}`);
      }
    }),
  );
}

function showEdge(id: string): void {
  const r = view.relations.get(id);
  if (!r) return;
  panel.innerHTML = `
    <h2 id="panel-title">${escapeHtml(r.type)}</h2>
    <p class="meta">${escapeHtml(entityName(r.source.id))} → ${escapeHtml(entityName(r.target.id))}</p>
    <table><tbody>
      <tr><th scope="row">confidence</th><td>${r.confidence}</td></tr>
      ${r.role ? `<tr><th scope="row">role</th><td>${escapeHtml(r.role)}</td></tr>` : ''}
      ${r.title ? `<tr><th scope="row">title</th><td>${escapeHtml(r.title)}</td></tr>` : ''}
      <tr><th scope="row">id</th><td>${escapeHtml(r.id)}</td></tr>
    </tbody></table>
    <h3>证据 Evidence</h3>
    <ul class="evidence">${relationEvidence(r) || '<li>No evidence recorded.</li>'}</ul>
    ${curation.relationSection()}`;
  curation.wireRelation(panel, r.id, curationHooks);
}

function showPaths(found: Path[], from: string, to: string): void {
  if (!found.length) {
    panel.innerHTML = `<h2 id="panel-title">No path</h2><p class="meta">No path from ${escapeHtml(from)} to ${escapeHtml(to)} within the hop limit.</p>`;
    return;
  }
  panel.innerHTML = `<h2 id="panel-title">${found.length} shortest path${found.length > 1 ? 's' : ''} · ${found[0]!.length} hops</h2>
    <p class="meta">${escapeHtml(from)} → ${escapeHtml(to)}</p>
    ${found
      .map(
        (p, i) => `<h3>Path ${i + 1}: ${p.nodes.map((n) => escapeHtml(n.name)).join(' → ')}</h3>
        ${p.edges.map((e, hop) => `<div class="hop"><strong>Hop ${hop + 1}</strong><ul class="evidence">${relationEvidence(e)}</ul></div>`).join('')}`,
      )
      .join('')}`;
}

// ---- Graph actions -------------------------------------------------------------------------------------------

function updateHiddenButton(): void {
  $('btn-unhide').textContent = `Show hidden (${view.hiddenCount()})`;
}

function hideNode(id: string): void {
  view.hide(id);
  updateHiddenButton();
  setStatus(`Hidden: ${entityName(id)}`);
}

function markRoot(id: string): void {
  view.cy.nodes('.root').removeClass('root');
  view.cy.getElementById(id).addClass('root');
}

function selectNode(node: NodeSingular, center = false): void {
  view.cy.elements(':selected').unselect();
  node.select();
  if (center) view.cy.animate({ center: { eles: node } }, { duration: 200 });
}

async function openEntity(id: string): Promise<void> {
  await act('Opening', async () => {
    const hood = await api.neighborhood(id);
    view.clear();
    view.merge(hood.nodes, hood.edges);
    rootId = id;
    markRoot(id);
    updateHiddenButton();
    const ms = await view.layout(false);
    const counts = view.visibleCounts();
    setStatus(`Opened ${entityName(id)}: ${counts.nodes} nodes, ${counts.edges} edges${hood.truncated ? ' (truncated)' : ''} · layout ${Math.round(ms)} ms`);
    selectNode(view.cy.getElementById(id));
    $('cy').focus();
  });
}

async function expand(id: string): Promise<void> {
  await act(`Expanding ${entityName(id)}`, async () => {
    const node = view.cy.getElementById(id);
    const hood = await api.neighborhood(id);
    const added = view.merge(hood.nodes, hood.edges, node);
    node.data('expanded', true);
    if (added.length) await view.layout(true, false);
    // The panel counts and lists the relations on screen; an expand changes both.
    if (node.selected()) await showEntity(id);
    const counts = view.visibleCounts();
    setStatus(`Expanded ${entityName(id)}: ${added.length} new elements · ${counts.nodes} nodes, ${counts.edges} edges on screen`);
  });
}

/** Fetches the neighbourhoods of the given entities that are on screen and merges them in (after an undo). */
async function refresh(ids: (string | null)[]): Promise<void> {
  let added = 0;
  for (const id of new Set(ids)) {
    if (!id || view.cy.getElementById(id).empty()) continue;
    const hood = await api.neighborhood(id);
    added += view.merge(hood.nodes, hood.edges, view.cy.getElementById(id)).length;
    for (const e of hood.edges) if (view.relations.has(e.id)) view.updateRelation(e);
  }
  if (added) await view.layout(true, false);
}

const curationHooks: CurationHooks = {
  async merged(d) {
    await openEntity(d.intoId!);
    setStatus(`Merged into ${entityName(d.intoId!)} (decision #${d.seq})`);
  },
  async relationDecided(d) {
    const r = view.relations.get(d.relationId!);
    if (d.kind === 'REJECT_RELATION') view.removeRelation(d.relationId!);
    else if (r) view.updateRelation({ ...r, confidence: 1 });
    setStatus(`${d.kind === 'REJECT_RELATION' ? 'Rejected' : 'Confirmed'} ${r ? `${entityName(r.source.id)} —${r.type}→ ${entityName(r.target.id)}` : d.relationId} (decision #${d.seq})`);
  },
  async undone(d) {
    if (d.kind === 'MERGE') await openEntity(d.entityId!);
    else await refresh([d.sourceId, d.targetId, rootId]);
    setStatus(`Decision #${d.seq} undone`);
  },
  search: async (text) => rank(await api.searchEntities(text), text),
};

async function resolveInput(input: HTMLInputElement): Promise<EntityNode | { id: string; name: string }> {
  const text = input.value.trim();
  if (input.dataset.id && input.dataset.name === text) return { id: input.dataset.id, name: text };
  if (!text) throw new Error(`${input.labels?.[0]?.textContent ?? 'Entity'} is empty`);
  const found = await api.searchEntities(text);
  const exact = found.find((e) => e.name === text || e.aliases.includes(text));
  const pick = exact ?? rank(found, text)[0];
  if (!pick) throw new Error(`no entity named ${text}`);
  return pick;
}

async function findPaths(): Promise<void> {
  await act('Finding paths', async () => {
    const from = await resolveInput($<HTMLInputElement>('path-from'));
    const to = await resolveInput($<HTMLInputElement>('path-to'));
    const hops = Number($<HTMLInputElement>('path-hops').value) || 4;
    const found = await api.paths(from.id, to.id, hops);
    const wasEmpty = view.cy.nodes().empty();
    const nodes = found.flatMap((p) => p.nodes);
    const edges = found.flatMap((p) => p.edges);
    const added = view.merge(nodes, edges);
    if (added.length) await view.layout(!wasEmpty);
    view.highlightPaths(
      nodes.map((n) => n.id),
      edges.map((e) => e.id),
    );
    showPaths(found, from.name, to.name);
    setStatus(found.length ? `${found.length} shortest path(s) of ${found[0]!.length} hops highlighted` : 'No path found');
  });
}

/** The API orders matches by name; an exact name or alias (中国科协 → 中国科学技术协会) belongs on top. */
function rank(found: EntityNode[], text: string): EntityNode[] {
  const score = (e: EntityNode) => {
    const all = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const t = text.toLowerCase();
    if (all.includes(t)) return 0;
    if (all.some((n) => n.startsWith(t))) return 1;
    return 2;
  };
  return found.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.e);
}

async function runSearch(): Promise<void> {
  const text = $<HTMLInputElement>('search-input').value.trim();
  const list = $('search-results');
  if (!text) return;
  await act('Searching', async () => {
    const found = rank(await api.searchEntities(text), text);
    list.innerHTML = '';
    for (const e of found) {
      const style = kindStyle(kindKey(e.type, e.kind));
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.innerHTML = `${swatchSvg(style)}<span>${escapeHtml(e.name)}${e.aliases.length ? ` <small>(${e.aliases.map(escapeHtml).join('、')})</small>` : ''}</span><small>${escapeHtml(style.label.split(' ')[0]!)}</small>`;
      button.setAttribute('aria-label', `Open ${e.name}`);
      button.addEventListener('click', () => void openEntity(e.id));
      li.append(button);
      list.append(li);
    }
    setStatus(found.length ? `${found.length} match(es) for ${text}` : `Nothing found for ${text}`);
    list.querySelector('button')?.focus();
  });
}

// ---- Filters, legend, dashboard ------------------------------------------------------------------------------

function buildFilters(): void {
  const relations = $('filter-relations');
  for (const type of RELATION_TYPES) {
    const label = document.createElement('label');
    label.className = 'check';
    label.innerHTML = `<input type="checkbox" checked value="${type}"> ${type}`;
    label.querySelector('input')!.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.checked) view.filters.relationTypes.add(type);
      else view.filters.relationTypes.delete(type);
      view.applyFilters();
    });
    relations.append(label);
  }
  const legend = $('legend');
  for (const kind of KINDS) {
    const label = document.createElement('label');
    label.className = 'check';
    label.innerHTML = `<input type="checkbox" checked value="${kind.key}"> ${swatchSvg(kind)} ${escapeHtml(kind.label)}`;
    label.querySelector('input')!.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.checked) view.filters.kinds.add(kind.key);
      else view.filters.kinds.delete(kind.key);
      view.applyFilters();
    });
    legend.append(label);
  }
  const dates = () => {
    view.filters.from = $<HTMLInputElement>('date-from').value;
    view.filters.to = $<HTMLInputElement>('date-to').value;
    view.filters.undated = $<HTMLInputElement>('date-undated').checked;
    view.applyFilters();
  };
  for (const id of ['date-from', 'date-to', 'date-undated']) $(id).addEventListener('change', dates);
}

async function loadDashboard(): Promise<void> {
  await act('Loading dashboard', async () => {
    const d = await api.dashboard();
    $('dash-stats').textContent = `${d.stats.entities} entities · ${d.stats.relations} relations · ${d.stats.articles} articles`;
    $('dash-kinds').innerHTML = d.countsByKind
      .map((c) => {
        const style = kindStyle(kindFromCountName(c.name));
        return `<li title="${escapeHtml(c.name)}">${swatchSvg(style)}${escapeHtml(style.label.split(' ')[0]!)} <strong>${c.count}</strong></li>`;
      })
      .join('');
    const max = Math.max(1, ...d.articlesByMonth.map((m) => m.count));
    $('dash-months').innerHTML = d.articlesByMonth.length
      ? d.articlesByMonth
          .map((m) => `<div role="img" aria-label="${escapeHtml(m.name)}: ${m.count}" title="${escapeHtml(m.name)}: ${m.count}" style="height:${Math.max(4, (48 * m.count) / max)}px"></div>`)
          .join('') + `<small>${escapeHtml(d.articlesByMonth[0]!.name)} – ${escapeHtml(d.articlesByMonth.at(-1)!.name)}</small>`
      : '<small>No dated articles</small>';
    const brokers = $('dash-brokers');
    brokers.innerHTML = '';
    for (const b of d.brokers.brokers.nodes) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = b.entity.name;
      button.title = `degree ${b.degree}, betweenness ${b.betweenness?.toFixed(0) ?? '—'}`;
      button.addEventListener('click', () => void openEntity(b.entity.id));
      li.append(button);
      brokers.append(li);
    }
    setStatus('Ready');
  });
}

// ---- Wiring ---------------------------------------------------------------------------------------------------

view.cy.on('tap', 'node', (e) => selectNode(e.target as NodeSingular));
// Details load quietly: the status line keeps the result of the action that selected the node.
view.cy.on('select', 'node', (e) => {
  showEntity((e.target as NodeSingular).id()).catch((error: unknown) =>
    setStatus(`Loading details failed: ${error instanceof Error ? error.message : String(error)}`, true),
  );
});
view.cy.on('tap', 'edge', (e) => showEdge(e.target.id() as string));
view.cy.on('dbltap', 'node', (e) => void expand((e.target as NodeSingular).id()));

$('cy').addEventListener('keydown', (e) => {
  const order = view.keyboardOrder();
  if (!order.length) return;
  const selected = view.cy.nodes(':selected').first();
  const at = selected.nonempty() ? order.findIndex((n) => n.id() === selected.id()) : -1;
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    selectNode(order[(at + step + order.length) % order.length]!, true);
  } else if (e.key === 'Enter' && selected.nonempty()) void expand(selected.id());
  else if ((e.key === 'h' || e.key === 'H' || e.key === 'Delete') && selected.nonempty()) hideNode(selected.id());
  else if ((e.key === 'p' || e.key === 'P') && selected.nonempty()) {
    const pinned = view.togglePin(selected.id());
    setStatus(`${pinned ? 'Pinned' : 'Unpinned'}: ${entityName(selected.id())}`);
  } else if (e.key === 'Escape') view.cy.elements(':selected').unselect();
  else return;
  e.preventDefault();
});

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void runSearch();
});
$('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void findPaths();
});
for (const id of ['path-from', 'path-to']) $(id).addEventListener('input', (e) => delete (e.target as HTMLInputElement).dataset.id);
$('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  api.setApiKey($<HTMLInputElement>('api-key').value);
  setStatus(api.apiKey() ? 'API key saved for this tab' : 'API key cleared');
  if (api.apiKey()) panel.querySelectorAll('.key-note').forEach((note) => note.remove());
  void loadDashboard();
});
$<HTMLInputElement>('api-key').value = api.apiKey();

$('btn-fit').addEventListener('click', () => view.cy.fit(undefined, 30));
$('btn-layout').addEventListener('click', () => void act('Layout', async () => setStatus(`Layout ${Math.round(await view.layout(false))} ms`)));
$('btn-unhide').addEventListener('click', () => {
  view.showHidden();
  updateHiddenButton();
});
$('btn-clear-path').addEventListener('click', () => view.clearHighlight());
$('btn-clear').addEventListener('click', () => {
  view.clear();
  rootId = null;
  updateHiddenButton();
  panel.innerHTML = '<p class="placeholder">Graph cleared.</p>';
});
$('btn-png').addEventListener('click', () => download('knowledgegraph.png', toPng(view.cy)));
$('btn-graphml').addEventListener('click', () =>
  download('knowledgegraph.graphml', new Blob([toGraphMl(view.cy)], { type: 'application/graphml+xml' })),
);
$('btn-json').addEventListener('click', () => download('knowledgegraph.json', new Blob([toJson(view.cy)], { type: 'application/json' })));

// Cytoscape caches where its container sits on the page; when the dashboard or toolbar reflows, the cache is stale
// and clicks land beside the node under the pointer, so any reflow of the page tells it to measure again.
new ResizeObserver(() => view.cy.resize()).observe(document.body);

buildFilters();
void loadDashboard();

// A small, stable handle for the browser tests and for poking at the graph from devtools.
declare global {
  interface Window {
    explorer: { view: GraphView; openEntity: typeof openEntity; expand: typeof expand; root: () => string | null };
  }
}
window.explorer = { view, openEntity, expand, root: () => rootId };
