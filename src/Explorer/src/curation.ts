// Curation from the side panel: merge an entity into another, confirm or reject a relation, undo the last decision.
// Every mutation needs an API key; without one the buttons say so instead of sending a request the API refuses.
import * as api from './api';
import type { Decision, EntityNode } from './api';
import { escapeHtml } from './text';

/** What the page does around a decision: the graph and the rest of the panel belong to main.ts. */
export interface CurationHooks {
  /** A merge was recorded: reload the graph around the entity that stays. */
  merged(decision: Decision): Promise<void>;
  /** A relation was confirmed or rejected. */
  relationDecided(decision: Decision): Promise<void>;
  /** A decision was taken back: redraw what it had changed. */
  undone(decision: Decision): Promise<void>;
  search(text: string): Promise<EntityNode[]>;
}

/** The last decision made from this tab, kept across panel re-renders so its Undo stays in reach. */
let last: { decision: Decision; undo: Decision | null } | null = null;

const KEY_NEEDED = 'An API key is needed to curate: enter it in the API key field at the top (without one the API answers UNAUTHENTICATED).';

function keyNote(): string {
  return api.apiKey() ? '' : `<p class="meta key-note">${escapeHtml(KEY_NEEDED)}</p>`;
}

const reasonField = `<label for="curate-reason">Reason <small>(kept in the audit trail)</small></label>
  <input id="curate-reason" type="text" autocomplete="off">`;

function resultHtml(): string {
  if (!last) return '';
  const { decision: d, undo } = last;
  if (undo) return `<p>Decision #${d.seq} (${escapeHtml(d.kind)}) undone by decision #${undo.seq}.</p>`;
  return `<p>Decision #${d.seq} (${escapeHtml(d.kind)}) recorded.</p>
    <button type="button" data-cur="undo" aria-label="Undo decision #${d.seq}">Undo</button>`;
}

const resultBox = () => `<div id="curate-result" class="decision" role="status" aria-live="polite" tabindex="-1">${resultHtml()}</div>`;

/** Panel section of an entity: "Merge into…" with a small search for the entity that stays. */
export function entitySection(): string {
  return `<section class="curate" aria-labelledby="curate-title">
    <h3 id="curate-title">整理 Curation</h3>${keyNote()}
    <form id="merge-form">
      <label for="merge-query">Merge into… <small>(search the entity that stays)</small></label>
      <div class="row"><input id="merge-query" type="search" autocomplete="off"><button type="submit">Find</button></div>
    </form>
    <ul id="merge-results" class="results" aria-label="Merge targets"></ul>
    ${reasonField}
    ${resultBox()}
  </section>`;
}

/** Panel section of a relation: Confirm and Reject. */
export function relationSection(): string {
  return `<section class="curate" aria-labelledby="curate-title">
    <h3 id="curate-title">整理 Curation</h3>${keyNote()}
    ${reasonField}
    <div class="actions">
      <button type="button" data-cur="confirm">Confirm</button>
      <button type="button" data-cur="reject" class="secondary">Reject</button>
    </div>
    ${resultBox()}
  </section>`;
}

function show(panel: HTMLElement, html: string, error = false): void {
  const box = panel.querySelector<HTMLElement>('#curate-result');
  if (!box) return;
  box.innerHTML = html;
  box.classList.toggle('error', error);
}

function reason(panel: HTMLElement): string | null {
  return panel.querySelector<HTMLInputElement>('#curate-reason')?.value.trim() || null;
}

/** Runs one mutation, with the key check up front and the API's error (e.g. a wrong key) shown in the panel. */
async function run(panel: HTMLElement, hooks: CurationHooks, work: () => Promise<void>): Promise<void> {
  if (!api.apiKey()) {
    show(panel, `<p>${escapeHtml(KEY_NEEDED)}</p>`, true);
    return;
  }
  show(panel, '<p>Working…</p>');
  try {
    await work();
    // The hooks may have re-rendered the panel; the result box of whatever panel is showing now gets the outcome.
    show(panel, resultHtml());
    wireUndo(panel, hooks);
    // Keyboard users land on Undo (or the outcome) rather than on a button that is gone.
    (panel.querySelector<HTMLElement>('button[data-cur="undo"]') ?? panel.querySelector<HTMLElement>('#curate-result'))?.focus();
  } catch (error) {
    show(panel, `<p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`, true);
  }
}

function wireUndo(panel: HTMLElement, hooks: CurationHooks): void {
  panel.querySelector<HTMLButtonElement>('button[data-cur="undo"]')?.addEventListener('click', () =>
    void run(panel, hooks, async () => {
      const decision = last!.decision;
      const undo = await api.undoDecision(decision.seq, reason(panel));
      last = { decision, undo };
      await hooks.undone(decision);
    }),
  );
}

/** Wires the section rendered by entitySection() for the entity shown. */
export function wireEntity(panel: HTMLElement, entity: { id: string; name: string }, hooks: CurationHooks): void {
  wireUndo(panel, hooks);
  const list = panel.querySelector<HTMLElement>('#merge-results')!;
  panel.querySelector<HTMLFormElement>('#merge-form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = panel.querySelector<HTMLInputElement>('#merge-query')!.value.trim();
    if (!text) return;
    void (async () => {
      try {
        const found = (await hooks.search(text)).filter((f) => f.id !== entity.id);
        list.innerHTML = found.length ? '' : `<li class="meta">Nothing found for ${escapeHtml(text)}</li>`;
        for (const target of found) {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = `Merge ${entity.name} into ${target.name}`;
          button.addEventListener('click', () =>
            void run(panel, hooks, async () => {
              last = { decision: await api.mergeEntities(entity.id, target.id, reason(panel)), undo: null };
              await hooks.merged(last.decision);
            }),
          );
          li.append(button);
          list.append(li);
        }
        list.querySelector('button')?.focus();
      } catch (error) {
        show(panel, `<p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`, true);
      }
    })();
  });
}

/** Wires the section rendered by relationSection() for the relation shown. */
export function wireRelation(panel: HTMLElement, relationId: string, hooks: CurationHooks): void {
  wireUndo(panel, hooks);
  panel.querySelectorAll<HTMLButtonElement>('button[data-cur="confirm"], button[data-cur="reject"]').forEach((b) =>
    b.addEventListener('click', () =>
      void run(panel, hooks, async () => {
        const decide = b.dataset.cur === 'confirm' ? api.confirmRelation : api.rejectRelation;
        last = { decision: await decide(relationId, reason(panel)), undo: null };
        await hooks.relationDecided(last.decision);
      }),
    ),
  );
}
