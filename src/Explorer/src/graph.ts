import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, Position, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityNode, RelationEdge } from './api';
import { kindKey, kindStyle, RELATION_TYPES, KINDS } from './kinds';

cytoscape.use(fcose);

// Canvas text does not inherit CSS, so the CJK stack is repeated here for node and edge labels.
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/** Above this many drawn elements layouts switch to their fast settings and stop animating. */
export const LARGE_GRAPH = 600;

export interface Filters {
  relationTypes: Set<string>;
  kinds: Set<string>;
  from: string;
  to: string;
  undated: boolean;
}

function nodeSize(degree: number): number {
  return Math.min(72, 16 + 7 * Math.sqrt(Math.max(0, degree)));
}

function earliestDate(edge: RelationEdge): string | null {
  const dates = edge.evidence.map((e) => e.article?.publishedOn).filter((d): d is string => !!d).sort();
  return dates[0] ?? null;
}

export class GraphView {
  readonly cy: Core;
  readonly entities = new Map<string, EntityNode>();
  readonly relations = new Map<string, RelationEdge>();
  filters: Filters = {
    relationTypes: new Set(RELATION_TYPES),
    kinds: new Set(KINDS.map((k) => k.key)),
    from: '',
    to: '',
    undated: true,
  };
  lastLayoutMs = 0;
  layoutsRun = 0;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 4,
      motionBlur: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(name)',
            'font-family': FONT_STACK,
            'font-size': 11,
            color: '#111827',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 7,
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 1.4,
            'line-color': '#9ca3af',
            'target-arrow-color': '#9ca3af',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'straight',
            label: 'data(type)',
            'font-family': FONT_STACK,
            'font-size': 8,
            color: '#4b5563',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'min-zoomed-font-size': 9,
          },
        },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2563eb' } },
        { selector: 'edge:selected', style: { width: 3, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' } },
        { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#111827' } },
        { selector: 'node.root', style: { 'font-weight': 'bold', 'font-size': 13 } },
        { selector: '.filtered, .user-hidden', style: { display: 'none' } },
        { selector: '.dim', style: { opacity: 0.15 } },
        { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#dc2626', opacity: 1 } },
        {
          selector: 'edge.on-path',
          style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', opacity: 1, color: '#991b1b', 'font-size': 10 },
        },
      ],
    });
  }

  nodeDefinition(n: EntityNode, at?: Position): ElementDefinition {
    const key = kindKey(n.type, n.kind);
    const style = kindStyle(key);
    const degree = n.relations?.totalCount ?? 0;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        name: n.name,
        type: n.type,
        kind: n.kind ?? null,
        kindKey: key,
        aliases: n.aliases,
        degree,
        color: style.color,
        shape: style.shape,
        size: nodeSize(degree),
      },
      position: at ? { ...at } : undefined,
    };
  }

  edgeDefinition(e: RelationEdge): ElementDefinition {
    return {
      group: 'edges',
      data: { id: e.id, source: e.source.id, target: e.target.id, type: e.type, confidence: e.confidence, date: earliestDate(e) },
    };
  }

  /** Adds what is new in one batch (one style and render pass) and returns the ids added. */
  merge(nodes: EntityNode[], edges: RelationEdge[], near?: NodeSingular): string[] {
    const added: string[] = [];
    const centre = near?.position();
    const defs: ElementDefinition[] = [];
    nodes.forEach((n, i) => {
      this.entities.set(n.id, n);
      if (this.cy.getElementById(n.id).nonempty()) return;
      // New neighbours start on a ring around the expanded node so the layout only has to refine, not rebuild.
      const at = centre
        ? { x: centre.x + 120 * Math.cos((2 * Math.PI * i) / nodes.length), y: centre.y + 120 * Math.sin((2 * Math.PI * i) / nodes.length) }
        : undefined;
      defs.push(this.nodeDefinition(n, at));
      added.push(n.id);
    });
    for (const e of edges) {
      this.relations.set(e.id, e);
      if (this.cy.getElementById(e.id).nonempty()) continue;
      defs.push(this.edgeDefinition(e));
      added.push(e.id);
    }
    this.cy.batch(() => {
      this.cy.add(defs);
      this.applyFiltersInBatch();
    });
    this.tuneRenderer();
    return added;
  }

  /**
   * On a large graph, pan and zoom move a cached texture and leave edges out while the viewport moves, so a frame's
   * cost no longer grows with the element count. Cytoscape only takes these as init options, yet its renderer reads
   * them on every frame, so they are switched here as the graph grows or shrinks.
   */
  private tuneRenderer(): void {
    const large = this.cy.elements().length > LARGE_GRAPH;
    const renderer = (this.cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }

  clear(): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.relations.clear();
    this.tuneRenderer();
  }

  /** Runs fcose over what is drawn; resolves with the layout's wall time once it has stopped. */
  layout(incremental: boolean, fit = true): Promise<number> {
    const eles = this.cy.elements(':visible');
    const count = eles.length;
    const large = count > LARGE_GRAPH;
    const started = performance.now();
    // fcose only accepts randomize: false with quality 'proof'; that refinement is too slow on large graphs, where
    // an expand keeps the ring placement from merge() instead of re-running the layout.
    if (incremental && large) {
      this.lastLayoutMs = 0;
      return Promise.resolve(0);
    }
    const options = {
      name: 'fcose',
      quality: incremental ? 'proof' : large ? 'draft' : 'default',
      randomize: !incremental,
      animate: count < 300 ? 'end' : false,
      animationDuration: 350,
      fit,
      padding: 30,
      nodeDimensionsIncludeLabels: !large,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 6500,
      numIter: large ? 800 : 2500,
      tile: true,
    } as unknown as LayoutOptions;
    return new Promise((resolve) => {
      const layout = eles.layout(options);
      layout.one('layoutstop', () => {
        this.lastLayoutMs = performance.now() - started;
        this.layoutsRun++;
        resolve(this.lastLayoutMs);
      });
      layout.run();
    });
  }

  private edgePasses(type: string, date: string | null): boolean {
    const f = this.filters;
    if (!f.relationTypes.has(type)) return false;
    if (!date) return f.undated || (!f.from && !f.to);
    if (f.from && date < f.from) return false;
    if (f.to && date > f.to) return false;
    return true;
  }

  private applyFiltersInBatch(): void {
    this.cy.nodes().forEach((n) => {
      n.toggleClass('filtered', !this.filters.kinds.has(n.data('kindKey') as string));
    });
    this.cy.edges().forEach((e) => {
      e.toggleClass('filtered', !this.edgePasses(e.data('type') as string, e.data('date') as string | null));
    });
  }

  applyFilters(): void {
    this.cy.batch(() => this.applyFiltersInBatch());
  }

  /** Takes a relation off the screen (a rejected relation has left the graph). */
  removeRelation(id: string): void {
    this.relations.delete(id);
    this.cy.getElementById(id).remove();
  }

  /** Keeps the drawn relation in step with the API's copy (e.g. confidence 1 after a confirm). */
  updateRelation(e: RelationEdge): void {
    this.relations.set(e.id, e);
    this.cy.getElementById(e.id).data('confidence', e.confidence);
  }

  hide(id: string): void {
    this.cy.getElementById(id).addClass('user-hidden').unselect();
  }

  hiddenCount(): number {
    return this.cy.nodes('.user-hidden').length;
  }

  showHidden(): void {
    this.cy.batch(() => this.cy.elements('.user-hidden').removeClass('user-hidden'));
  }

  /** Pinned nodes are locked, which every cytoscape layout leaves where they are. */
  togglePin(id: string): boolean {
    const node = this.cy.getElementById(id);
    if (node.locked()) {
      node.unlock().removeClass('pinned');
      return false;
    }
    node.lock().addClass('pinned');
    return true;
  }

  highlightPaths(nodeIds: string[], edgeIds: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path').addClass('dim');
      for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).removeClass('dim').addClass('on-path');
    });
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements().removeClass('on-path dim'));
  }

  /** Visible nodes by degree, the order keyboard navigation walks. */
  keyboardOrder(): NodeSingular[] {
    return this.cy
      .nodes(':visible')
      .toArray()
      .map((n) => n as NodeSingular)
      .sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number) || a.id().localeCompare(b.id()));
  }

  visibleCounts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes(':visible').length, edges: this.cy.edges(':visible').length };
  }
}
