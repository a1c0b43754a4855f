import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

// Exports cover what is on screen: elements hidden by the user or by a filter are left out.

function visible(cy: Core) {
  const nodes = cy.nodes().filter((n) => n.visible());
  const edges = cy.edges().filter((e) => e.visible());
  return { nodes, edges };
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function nodeRecord(n: NodeSingular) {
  const pos = n.position();
  return {
    id: n.id(),
    name: n.data('name') as string,
    type: n.data('type') as string,
    kind: (n.data('kind') as string | null) ?? null,
    aliases: (n.data('aliases') as string[]) ?? [],
    degree: n.data('degree') as number,
    x: Math.round(pos.x * 10) / 10,
    y: Math.round(pos.y * 10) / 10,
  };
}

function edgeRecord(e: EdgeSingular) {
  return {
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: e.data('type') as string,
    confidence: e.data('confidence') as number,
    date: (e.data('date') as string | null) ?? null,
  };
}

export function toJson(cy: Core): string {
  const { nodes, edges } = visible(cy);
  return JSON.stringify(
    {
      format: 'knowledgegraph-explorer/1',
      exportedAt: new Date().toISOString(),
      nodes: nodes.map(nodeRecord),
      edges: edges.map(edgeRecord),
    },
    null,
    2,
  );
}

/**
 * GraphML that both Gephi and Neo4j (apoc.import.graphml with readLabels) read: Gephi takes the node "label" key as the
 * caption, Neo4j takes "labels" (":Organization") as node labels and the edge "label" as the relationship type.
 */
export function toGraphMl(cy: Core): string {
  const { nodes, edges } = visible(cy);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
    '  <key id="date" for="edge" attr.name="date" attr.type="string"/>',
    '  <graph id="knowledgegraph" edgedefault="directed">',
  ];
  nodes.forEach((n) => {
    const r = nodeRecord(n);
    const label = r.type.charAt(0) + r.type.slice(1).toLowerCase();
    lines.push(`    <node id="${xml(r.id)}">`);
    lines.push(`      <data key="label">${xml(r.name)}</data>`);
    lines.push(`      <data key="labels">:${xml(label)}</data>`);
    lines.push(`      <data key="name">${xml(r.name)}</data>`);
    lines.push(`      <data key="type">${xml(r.type)}</data>`);
    if (r.kind) lines.push(`      <data key="kind">${xml(r.kind)}</data>`);
    if (r.aliases.length) lines.push(`      <data key="aliases">${xml(r.aliases.join('|'))}</data>`);
    lines.push(`      <data key="degree">${r.degree}</data>`);
    lines.push(`      <data key="x">${r.x}</data>`);
    lines.push(`      <data key="y">${r.y}</data>`);
    lines.push('    </node>');
  });
  edges.forEach((e) => {
    const r = edgeRecord(e);
    lines.push(`    <edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}">`);
    lines.push(`      <data key="elabel">${xml(r.type)}</data>`);
    lines.push(`      <data key="confidence">${r.confidence}</data>`);
    if (r.date) lines.push(`      <data key="date">${xml(r.date)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function toPng(cy: Core): Blob {
  // Capped so a huge graph cannot ask the browser for a canvas it refuses to allocate.
  return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
