// Acting on a review: approving a run's actual output as the expected file of its regression test, the way the
// platform's server does (../shared/real-api/writes/approve_*): scope baselines:write and the admin role, a strict
// body, 404 when the output has no actual file. The regression test's `outputs[].correct` changes for every future
// run (samples.ts reads write-state.ts); the run keeps its recorded expected file, diff and result.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Me } from '../data/api-types';
import { actualFile } from '../data/files';
import { getOutcome } from '../data/outcomes';
import { ApiFailure, notFound, pathIds } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, type Info, type SignedIn } from './endpoint';
import { requireRun } from './runs';
import { requireTest } from './samples';
import { approveBaseline, nowIso } from './write-state';

/** 403 for a role that may not do it, naming the role required (the scope was checked before). */
export function requireRole(user: Me, roles: readonly string[], action: string): void {
  if (roles.includes(user.role)) return;
  throw new ApiFailure(403, 'forbidden', `Only ${roles.join(', ')} users may ${action}.`, {
    required_role: roles.length === 1 ? roles[0] : roles,
    role: user.role,
    token_scopes: user.scopes,
  });
}

const KEYS = new Set(['regression_id', 'output_id', 'remove_variants']);

type ApprovalBody = { regressionId: number; outputId: number; removeVariants: boolean };

/** The body, checked as the platform checks it: every bad field named, as a list of messages (marshmallow's way). */
function readBody(text: string): ApprovalBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiFailure(400, 'validation_error', 'The request body must be JSON.', { fields: { body: ['Invalid JSON.'] } });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ApiFailure(400, 'validation_error', 'Request failed schema validation.', { fields: { body: ['Must be an object.'] } });
  const record = value as Record<string, unknown>;
  const fields: Record<string, string[]> = {};
  const id = (name: string) => {
    const v = record[name];
    if (v === undefined) fields[name] = ['Missing data for required field.'];
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fields[name] = ['Must be greater than or equal to 1.'];
    return typeof v === 'number' ? v : 0;
  };
  const regressionId = id('regression_id');
  const outputId = id('output_id');
  const remove = record.remove_variants;
  if (remove !== undefined && typeof remove !== 'boolean') fields.remove_variants = ['Not a valid boolean.'];
  for (const key of Object.keys(record)) if (!KEYS.has(key)) fields[key] = ['Unknown field.'];
  if (Object.keys(fields).length > 0) throw new ApiFailure(400, 'validation_error', 'Request failed schema validation.', { fields });
  return { regressionId, outputId, removeVariants: remove === true };
}

function approve({ params, user, token }: SignedIn, text: string): Response {
  const { run_id: runId, sample_id: sampleId } = pathIds(params, 'run_id', 'sample_id');
  requireRole(user, ['admin'], 'approve a baseline');
  const body = readBody(text);
  requireRun(runId);
  const test = requireTest(body.regressionId);
  if (test.sampleId !== sampleId) throw notFound('regression_test', body.regressionId);
  const output = test.outputs.find((o) => o.id === body.outputId);
  if (!output) throw notFound('output', body.outputId);
  // Only a file the run produced can become the baseline: a match, a missing output or a test that did not run has none.
  const outcome = getOutcome(runId, test.id).outputs.get(output.id);
  if (!outcome || (outcome.state !== 'fail' && outcome.state !== 'missing_expected'))
    throw new ApiFailure(404, 'not_found', 'Result file not found.');
  const requestedBy = user.name ?? user.email;
  const at = nowIso();
  approveBaseline(token, test.id, output.id, {
    hash: actualFile(output, outcome.actual).sha256(),
    removeVariants: body.removeVariants,
    runId,
    by: requestedBy,
    at,
  });
  return HttpResponse.json({
    status: 'approved',
    run_id: runId,
    sample_id: sampleId,
    regression_id: test.id,
    output_id: output.id,
    requested_by: requestedBy,
    created_at: at,
  });
}

export function reviewHandlers(base: string): HttpHandler[] {
  return [
    http.post(`${base}/runs/:run_id/samples/:sample_id/baseline-approval`, async (info: Info) => {
      const text = await info.request.clone().text();
      return endpoint(SCOPES.baselinesWrite, (context) => approve(context, text))(info);
    }),
  ];
}
