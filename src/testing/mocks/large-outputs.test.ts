// The generated large outputs' regression test (9000) exists, valid against the OpenAPI file: each output's baseline
// is the expected file the file routes send, named as they name it. Without it the output screen met a 404.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { createAjv, schemaRef } from '../../../scripts/lib/api-schema';
import { baselineName } from '@/lib/output-name';
import { server, TEST_API_BASE_URL as BASE } from './node';
import { scenarios } from './scenarios';
import { DEMO_MAINTAINER_TOKEN } from './tokens';

type S = components['schemas'];
const ajv = createAjv(readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'));

async function ok<T>(path: string, schema: string): Promise<T> {
  const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
  expect(response.status, path).toBe(200);
  const body = (await response.json()) as unknown;
  const validate = ajv.getSchema(schemaRef(schema));
  if (!validate?.(body)) throw new Error(`${path}: ${schema} ${ajv.errorsText(validate?.errors)}`);
  return body as T;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('the large outputs’ regression test', () => {
  it('lists every large output with the expected file the file routes send as its baseline', async () => {
    const s = scenarios.largeOutputs.scattered[100];
    const test = await ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest');
    expect(test.sample_id).toBe(s.sampleId);
    const outputIds = Object.values(scenarios.largeOutputs).flatMap((bySize) => Object.values(bySize).map((o) => o.outputId));
    expect(test.outputs.map((o) => o.id).sort()).toEqual(outputIds.sort());

    const baseline = test.outputs.find((o) => o.id === s.outputId);
    const expected = await ok<S['OutputFile']>(
      `/runs/${s.runId}/samples/${s.sampleId}/expected?regression_id=${s.regressionId}&output_id=${s.outputId}`,
      'OutputFile',
    );
    expect(baseline?.correct).toBe(expected.sha256);
    expect(baseline && baselineName(baseline, test.sample_name)).toBe(expected.filename);
  });
});
