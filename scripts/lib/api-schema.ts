// The OpenAPI file's component schemas as one JSON Schema (2020-12) document for ajv: used both to generate the
// app's standalone validators (tolerant) and by the contract tests of the mocks (strict).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

/** Response bodies the client validates, by component schema name. */
export const RESPONSE_SCHEMAS = [
  'Error',
  'Me',
  'Run',
  'RunPage',
  'RunSummary',
  'RunSample',
  'RunSamplePage',
  'Sample',
  'RegressionTest',
  'FileDownload',
  'HistoryEntry',
  'HistoryPage',
  'OutputFile',
  'Diff',
  'UnifiedDiff',
  'BaselineApproval',
  'RunAction',
  'ProgressEvent',
  'ProgressPage',
  'ErrorGroup',
  'ErrorGroupPage',
  'RunError',
  'RunErrorPage',
  'LogLines',
  'Artifact',
  'ArtifactPage',
] as const;

const SCHEMA_ID = 'ccx-api.json';

type Json = unknown;
type SchemaObject = Record<string, Json>;

const isObject = (value: Json): value is SchemaObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The component schemas, `x-` keys dropped (ajv's strict mode rejects keywords it does not know). */
function componentSchemas(specYaml: string): SchemaObject {
  const spec = parse(specYaml) as { components: { schemas: SchemaObject } };
  const json = JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', '#/$defs/');
  return JSON.parse(json) as SchemaObject;
}

/** The schemas marked `x-open-enum`, with the values the viewer knows. */
export function openEnums(specYaml: string): Record<string, string[]> {
  const schemas = componentSchemas(specYaml);
  return Object.fromEntries(
    Object.entries(schemas)
      .filter(([, schema]) => isObject(schema) && schema['x-open-enum'] === true)
      .map(([name, schema]) => [name, (schema as { enum: string[] }).enum]),
  );
}

/**
 * What the app accepts, where tolerance cannot make a screen lie (issue: "accept what real servers send"):
 * open enums accept any string, limits (`maxItems`, `maxLength`) reject nothing, and a page checks only its
 * envelope, so the client checks each item on its own and one malformed item does not hide the others.
 * Types, ids, required fields, patterns, closed enums (a diff's status, a line's kind, an encoding) stay strict.
 */
function tolerant(node: Json, name?: string): Json {
  if (Array.isArray(node)) return node.map((item) => tolerant(item));
  if (!isObject(node)) return node;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'maxItems' || key === 'maxLength') continue;
    if (key === 'enum' && node['x-open-enum'] === true) continue;
    out[key] = tolerant(value);
  }
  const properties = out.properties;
  if (name?.endsWith('Page') && isObject(properties) && isObject(properties.data)) properties.data = { type: 'array' };
  return out;
}

function withoutExtensions(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, value]) => [key, withoutExtensions(value)]),
  );
}

export type Strictness = 'strict' | 'tolerant';

export function specSchemaDocument(specYaml: string, strictness: Strictness = 'strict'): Record<string, unknown> {
  const schemas = componentSchemas(specYaml);
  const defs =
    strictness === 'tolerant'
      ? Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, tolerant(schema, name)]))
      : schemas;
  return { $id: SCHEMA_ID, $defs: withoutExtensions(defs) };
}

export function createAjv(specYaml: string, { standalone = false, strictness = 'strict' as Strictness } = {}) {
  const ajv = new Ajv2020({
    allErrors: false,
    strict: true,
    inlineRefs: false,
    code: standalone ? { source: true, esm: true } : undefined,
  });
  addFormats(ajv, ['date-time', 'date', 'uri', 'uri-reference']);
  ajv.addSchema(specSchemaDocument(specYaml, strictness));
  return ajv;
}

export function schemaRef(name: string): string {
  return `${SCHEMA_ID}#/$defs/${name}`;
}

/** The app's validators: tolerant (see `tolerant`). */
export function buildValidatorSource(specYaml: string, names: readonly string[] = RESPONSE_SCHEMAS): string {
  const ajv = createAjv(specYaml, { standalone: true, strictness: 'tolerant' });
  const refs = Object.fromEntries(names.map((name) => [name, schemaRef(name)]));
  // ajv's standalone output still `require`s two runtime helpers even in ESM mode: import them instead.
  const code = standaloneCode(ajv, refs)
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length')
    .replaceAll('require("ajv-formats/dist/formats")', '{ fullFormats }');
  if (code.includes('require(')) throw new Error('standalone validators still contain require()');
  // ucs2length is inlined: a default import of ajv's CommonJS helper is not interoperable across bundlers.
  // ajv-formats is a CommonJS module the bundler cannot drop: imported only where a format is checked.
  const formats = code.includes('fullFormats') ? `import { fullFormats } from 'ajv-formats/dist/formats.js';\n` : '';
  const ucs2 = code.includes('ucs2length')
    ? `function ucs2length(str) {\n` +
      `  let length = 0;\n` +
      `  for (let i = 0; i < str.length; i++) {\n` +
      `    length++;\n` +
      `    const c = str.charCodeAt(i);\n` +
      `    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;\n` +
      `  }\n` +
      `  return length;\n` +
      `}\n`
    : '';
  return formats + ucs2 + code.replace(/^"use strict";/, '');
}
