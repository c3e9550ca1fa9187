// The OpenAPI file's component schemas as one JSON Schema (2020-12) document for ajv:
// used both to generate the app's standalone validators and by the contract tests.
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
  'HistoryPage',
  'OutputFile',
  'Diff',
  'UnifiedDiff',
] as const;

const SCHEMA_ID = 'ccx-api.json';

export function specSchemaDocument(specYaml: string): Record<string, unknown> {
  const spec = parse(specYaml) as { components: { schemas: Record<string, unknown> } };
  const json = JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', '#/$defs/');
  return { $id: SCHEMA_ID, $defs: JSON.parse(json) as Record<string, unknown> };
}

export function createAjv(specYaml: string, standalone = false) {
  const ajv = new Ajv2020({
    allErrors: false,
    strict: true,
    inlineRefs: false,
    code: standalone ? { source: true, esm: true } : undefined,
  });
  addFormats(ajv, ['date-time', 'uri']);
  ajv.addSchema(specSchemaDocument(specYaml));
  return ajv;
}

export function schemaRef(name: string): string {
  return `${SCHEMA_ID}#/$defs/${name}`;
}

export function buildValidatorSource(specYaml: string, names: readonly string[] = RESPONSE_SCHEMAS): string {
  const ajv = createAjv(specYaml, true);
  const refs = Object.fromEntries(names.map((name) => [name, schemaRef(name)]));
  // ajv's standalone output still `require`s two runtime helpers even in ESM mode: import them instead.
  const code = standaloneCode(ajv, refs)
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length')
    .replaceAll('require("ajv-formats/dist/formats")', '{ fullFormats }');
  if (code.includes('require(')) throw new Error('standalone validators still contain require()');
  // ucs2length is inlined: a default import of ajv's CommonJS helper is not interoperable across bundlers.
  // ajv-formats is a CommonJS module the bundler cannot drop: imported only where a format is checked.
  const formats = code.includes('fullFormats') ? `import { fullFormats } from 'ajv-formats/dist/formats.js';\n` : '';
  return (
    formats +
    `function ucs2length(str) {\n` +
    `  let length = 0;\n` +
    `  for (let i = 0; i < str.length; i++) {\n` +
    `    length++;\n` +
    `    const c = str.charCodeAt(i);\n` +
    `    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;\n` +
    `  }\n` +
    `  return length;\n` +
    `}\n` +
    code.replace(/^"use strict";/, '')
  );
}
