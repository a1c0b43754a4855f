// Colour and shape per kind: both differ so the legend still reads in greyscale prints and for colour-blind readers.

export interface KindStyle {
  key: string;
  label: string;
  color: string;
  shape: string;
}

export const KINDS: KindStyle[] = [
  { key: 'ASSOCIATION', label: '科协 Association', color: '#c1121f', shape: 'ellipse' },
  { key: 'SOCIETY', label: '学会 Society', color: '#1d4ed8', shape: 'round-rectangle' },
  { key: 'OVERSEAS_SOCIETY', label: '海外科技团体 Overseas society', color: '#0891b2', shape: 'diamond' },
  { key: 'INTERNATIONAL_ORGANIZATION', label: '国际组织 International org.', color: '#7c3aed', shape: 'octagon' },
  { key: 'FOREIGN_ORGANIZATION', label: '外国机构 Foreign org.', color: '#a855f7', shape: 'hexagon' },
  { key: 'ALLIANCE', label: '联盟 Alliance', color: '#ea580c', shape: 'star' },
  { key: 'GOVERNMENT', label: '政府 Government', color: '#374151', shape: 'rectangle' },
  { key: 'ENTERPRISE', label: '企业 Enterprise', color: '#15803d', shape: 'barrel' },
  { key: 'UNIVERSITY', label: '高校 University', color: '#b45309', shape: 'pentagon' },
  { key: 'RESEARCH_INSTITUTE', label: '科研院所 Research inst.', color: '#0f766e', shape: 'rhomboid' },
  { key: 'PLATFORM', label: '平台 Platform', color: '#db2777', shape: 'cut-rectangle' },
  { key: 'MEDIA', label: '媒体 Media', color: '#65a30d', shape: 'tag' },
  { key: 'DEPARTMENT', label: '部门 Department', color: '#64748b', shape: 'bottom-round-rectangle' },
  { key: 'OTHER', label: '其他机构 Other org.', color: '#94a3b8', shape: 'round-triangle' },
  { key: 'PERSON', label: '人物 Person', color: '#facc15', shape: 'round-diamond' },
  { key: 'EVENT', label: '活动 Event', color: '#f97316', shape: 'triangle' },
  { key: 'PROGRAM', label: '计划 Program', color: '#14b8a6', shape: 'vee' },
];

const BY_KEY = new Map(KINDS.map((k) => [k.key, k]));

/** Organizations are styled by their kind; other entities by their type. */
export function kindKey(type: string, kind: string | null | undefined): string {
  if (type === 'ORGANIZATION') return kind && BY_KEY.has(kind) ? kind : 'OTHER';
  return BY_KEY.has(type) ? type : 'OTHER';
}

export function kindStyle(key: string): KindStyle {
  return BY_KEY.get(key) ?? BY_KEY.get('OTHER')!;
}

/** countsByKind names are PascalCase ("OverseasSociety"); the enum is OVERSEAS_SOCIETY. */
export function kindFromCountName(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export const RELATION_TYPES = [
  'MEMBER_OF', 'FOUNDED', 'ORGANIZED', 'ATTENDED', 'HOLDS_POSITION', 'PARTNERS_WITH', 'VISITED', 'MET_WITH', 'PART_OF',
];

// Legend swatches as SVG polygons in a 0..20 box, approximating cytoscape's node shapes.
const POLY: Record<string, string> = {
  diamond: '10,1 19,10 10,19 1,10',
  'round-diamond': '10,1 19,10 10,19 1,10',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  star: '10,1 12.6,7.4 19,7.6 14,11.8 15.8,18.6 10,14.8 4.2,18.6 6,11.8 1,7.6 7.4,7.4',
  pentagon: '10,1 19,8 15.5,19 4.5,19 1,8',
  rhomboid: '5,3 19,3 15,17 1,17',
  'cut-rectangle': '5,2 15,2 19,6 19,14 15,18 5,18 1,14 1,6',
  tag: '1,3 14,3 19,10 14,17 1,17',
  triangle: '10,1 19,18 1,18',
  'round-triangle': '10,1 19,18 1,18',
  vee: '1,2 10,8 19,2 10,19',
};

export function swatchSvg(style: KindStyle): string {
  const common = `fill="${style.color}" stroke="#1f2937" stroke-width="0.8"`;
  let shape: string;
  if (style.shape === 'ellipse') shape = `<circle cx="10" cy="10" r="8.5" ${common}/>`;
  else if (style.shape === 'rectangle') shape = `<rect x="2" y="4" width="16" height="12" ${common}/>`;
  else if (style.shape === 'round-rectangle' || style.shape === 'barrel' || style.shape === 'bottom-round-rectangle')
    shape = `<rect x="2" y="4" width="16" height="12" rx="4" ${common}/>`;
  else shape = `<polygon points="${POLY[style.shape] ?? POLY['diamond']}" ${common}/>`;
  return `<svg class="swatch" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">${shape}</svg>`;
}
