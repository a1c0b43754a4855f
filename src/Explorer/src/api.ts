// GraphQL client of the explorer: same-origin POST /graphql, with the caller's API key when one is set.

const KEY_STORAGE = 'knowledgegraph.apiKey';

/** Kept in sessionStorage so a key typed once survives reloads of the tab but never lands on disk. */
export function apiKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key.trim()) sessionStorage.setItem(KEY_STORAGE, key.trim());
  else sessionStorage.removeItem(KEY_STORAGE);
}

export class ApiError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  const key = apiKey();
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`HTTP ${response.status} ${response.statusText}`, undefined);
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    const code = first.extensions?.code;
    const hint = code === 'UNAUTHENTICATED' ? ' — enter an API key above' : '';
    throw new ApiError(`${first.message}${hint}`, code);
  }
  if (!response.ok || !body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}

export type EntityType = 'ORGANIZATION' | 'PERSON' | 'EVENT' | 'PROGRAM';

export interface Article {
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  publisher?: string | null;
}

export interface Evidence {
  sentence: string;
  article: Article | null;
}

export interface EntityNode {
  id: string;
  name: string;
  type: EntityType;
  kind?: string | null;
  aliases: string[];
  relations?: { totalCount: number };
}

export interface RelationEdge {
  id: string;
  type: string;
  confidence: number;
  role?: string | null;
  title?: string | null;
  source: { id: string };
  target: { id: string };
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: EntityNode[];
  edges: RelationEdge[];
  truncated?: boolean;
}

const NODE = `fragment N on Entity { id name type aliases ... on Organization { kind } relations(first: 1) { totalCount } }`;
const EDGE = `fragment R on Relation { id type confidence role title source { id } target { id }
  evidence { sentence article { title url publishedOn publisher } } }`;

export async function searchEntities(name: string): Promise<EntityNode[]> {
  const data = await gql<{ search: { nodes: EntityNode[] } }>(
    `query Search($name: String!) { search(name: $name, first: 20) { nodes { ...N } } } ${NODE}`,
    { name },
  );
  return data.search.nodes;
}

export async function neighborhood(id: string, maxNodes = 150): Promise<Subgraph> {
  const data = await gql<{ neighborhood: Subgraph }>(
    `query Hood($id: ID!, $max: Int) { neighborhood(id: $id, depth: 1, maxNodes: $max) { truncated nodes { ...N } edges { ...R } } } ${NODE} ${EDGE}`,
    { id, max: maxNodes },
  );
  return data.neighborhood;
}

export interface Path {
  length: number;
  nodes: EntityNode[];
  edges: RelationEdge[];
}

export async function paths(from: string, to: string, maxHops = 4): Promise<Path[]> {
  const data = await gql<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!, $hops: Int) { paths(from: $from, to: $to, maxHops: $hops, maxPaths: 10, allShortest: true) {
       length nodes { ...N } edges { ...R } } } ${NODE} ${EDGE}`,
    { from, to, hops: maxHops },
  );
  return data.paths;
}

export interface EntityDetail extends EntityNode {
  properties: { key: string; value: string }[];
  relations: { totalCount: number };
}

export interface Position {
  organization: { id: string; name: string };
  title: string | null;
  from: string | null;
  to: string | null;
  relation: { evidence: Evidence[] };
}

export async function entityDetail(id: string): Promise<{ entity: EntityDetail | null; positions: Position[] }> {
  const entity = await gql<{ entity: EntityDetail | null }>(
    `query Entity($id: ID!) { entity(id: $id) { id name type aliases ... on Organization { kind } properties { key value } relations(first: 1) { totalCount } } }`,
    { id },
  );
  if (!entity.entity || entity.entity.type !== 'PERSON') return { entity: entity.entity, positions: [] };
  const held = await gql<{ positions: Position[] }>(
    `query Positions($id: ID!) { positions(personId: $id, order: ASC) { organization { id name } title from to
       relation { evidence { sentence article { title url publishedOn } } } } }`,
    { id },
  );
  return { entity: entity.entity, positions: held.positions };
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface Dashboard {
  stats: { entities: number; relations: number; articles: number };
  countsByKind: NamedCount[];
  articlesByMonth: NamedCount[];
  brokers: { brokers: { nodes: { entity: { id: string; name: string }; degree: number; betweenness: number | null }[] } };
}

export async function dashboard(): Promise<Dashboard> {
  return gql<Dashboard>(`{ stats { entities relations articles } countsByKind { name count } articlesByMonth { name count }
    brokers(by: BETWEENNESS, first: 8) { brokers { nodes { entity { id name } degree betweenness } } } }`);
}

// ---- Curation (API key required; the key's name is the actor) -------------------------------------------------

export interface Decision {
  seq: number;
  kind: string;
  reason: string | null;
  entityId: string | null;
  intoId: string | null;
  relationId: string | null;
  sourceId: string | null;
  targetId: string | null;
  undoes: number | null;
}

const DECISION = `fragment D on Decision { seq kind reason entityId intoId relationId sourceId targetId undoes }`;

async function decide(mutation: string, variables: Record<string, unknown>): Promise<Decision> {
  const data = await gql<{ d: Decision }>(`${mutation} ${DECISION}`, variables);
  return data.d;
}

export function mergeEntities(entityId: string, intoId: string, reason: string | null): Promise<Decision> {
  return decide(
    `mutation Merge($entityId: ID!, $intoId: ID!, $reason: String) { d: mergeEntities(entityId: $entityId, intoId: $intoId, reason: $reason) { ...D } }`,
    { entityId, intoId, reason },
  );
}

export function confirmRelation(id: string, reason: string | null): Promise<Decision> {
  return decide(`mutation Confirm($id: ID!, $reason: String) { d: confirmRelation(id: $id, reason: $reason) { ...D } }`, { id, reason });
}

export function rejectRelation(id: string, reason: string | null): Promise<Decision> {
  return decide(`mutation Reject($id: ID!, $reason: String) { d: rejectRelation(id: $id, reason: $reason) { ...D } }`, { id, reason });
}

export function undoDecision(seq: number, reason: string | null): Promise<Decision> {
  return decide(`mutation Undo($seq: Int!, $reason: String) { d: undoDecision(seq: $seq, reason: $reason) { ...D } }`, { seq, reason });
}
