// Parses and semantically lints every statement file under a folder with Neo4j's own Cypher language support
// (@neo4j-cypher/language-support: Neo4j's parser and semantic analysis, offline). A file passes with zero errors
// and zero warnings; the parameters it may use are exactly those its header declares (`// @param name ...`), and the
// labels, relationship types and property keys it may use are the graph model's (graph-model.json + the ontology).
// Prints one line per file and ends with "cypher-lint: N passed, M failed"; exits 1 when any file fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../../cypher'));
const model = JSON.parse(readFileSync(join(here, 'graph-model.json'), 'utf8'));
const ontology = JSON.parse(readFileSync(join(here, '../../src/Model/Ontology/ontology.json'), 'utf8'));

const baseSchema = {
  labels: model.labels,
  relationshipTypes: [...model.relationshipTypes, ...ontology.relationTypes.map((t) => t.name)],
  propertyKeys: model.propertyKeys,
};

function* statementFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* statementFiles(path);
    else if (name.endsWith('.cypher')) yield path;
  }
}

/** `// @param name  TYPE  meaning` header lines: the statement's declared parameters. */
function declaredParameters(text) {
  const parameters = {};
  for (const match of text.matchAll(/^\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)/gm)) parameters[match[1]] = null;
  return parameters;
}

function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

let passed = 0;
let failed = 0;
const files = [...statementFiles(root)];
if (files.length === 0) {
  console.log(`FAIL  no .cypher files under ${root}`);
  failed++;
}

for (const path of files) {
  const name = relative(root, path).replace(/\\/g, '/');
  const text = readFileSync(path, 'utf8');
  const problems = [];
  if (text.trim().replace(/^\/\/.*$/gm, '').trim().length === 0) problems.push('the file holds no statement');
  const { diagnostics } = lintCypherQuery(text, { ...baseSchema, parameters: declaredParameters(text) });
  for (const d of diagnostics) {
    const level = d.severity === 1 ? 'error' : 'warning';
    problems.push(`${position(text, d.offsets.start)} ${level}: ${d.message}`);
  }

  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    for (const p of problems) console.log(`      ${p}`);
  }
}

console.log(`cypher-lint: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
