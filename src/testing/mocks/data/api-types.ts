// The API's shapes, straight from the generated OpenAPI types: the mock never redefines them. Below them, the
// enums the routes check as values, checked against those types.
import type { components, paths } from '@/api/schema';
import type { Known } from '@/lib/open-enum';

type Schemas = components['schemas'];

export type ApiError = Schemas['Error'];
export type Me = Schemas['Me'];
export type Run = Schemas['Run'];
/** The mock sends the statuses the viewer knows (hostile data adds others on purpose). */
export type RunStatus = Known<'RunStatus'>;
export type Platform = Schemas['Platform'];
export type RunSummary = Schemas['RunSummary'];
export type RunSample = Schemas['RunSample'];
export type RunSampleOutput = Schemas['RunSampleOutput'];
export type ResultStatus = Known<'ResultStatus'>;
export type OutputStatus = Known<'OutputStatus'>;
export type Sample = Schemas['Sample'];
export type RegressionTest = Schemas['RegressionTest'];
export type RegressionTestOutput = Schemas['RegressionTestOutput'];
export type FileDownload = Schemas['FileDownload'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Pagination = Schemas['Pagination'];
export type OutputFile = Schemas['OutputFile'];
export type StorageStatus = Known<'StorageStatus'>;
export type Diff = Schemas['Diff'];
export type DiffHunk = Schemas['DiffHunk'];
export type DiffLine = Schemas['DiffLine'];
export type UnifiedDiff = Schemas['UnifiedDiff'];
export type InputType = RegressionTest['input_type'];
export type OutputType = RegressionTest['output_type'];
/** The `format` query parameter of /actual and /expected. */
export type FileFormat = NonNullable<
  NonNullable<paths['/runs/{run_id}/samples/{sample_id}/actual']['get']['parameters']['query']>['format']
>;
/** The `sort` query parameter of /runs. */
export type RunSort = NonNullable<NonNullable<paths['/runs']['get']['parameters']['query']>['sort']>;

export const RUN_STATUSES = [
  'queued',
  'running',
  'pass',
  'fail',
  'canceled',
  'incomplete',
  'error',
] as const satisfies readonly RunStatus[];
export const RESULT_STATUSES = [
  'pass',
  'fail',
  'skipped',
  'missing_output',
  'running',
  'not_started',
] as const satisfies readonly ResultStatus[];
export const PLATFORMS = ['linux', 'windows'] as const satisfies readonly Platform[];
export const RUN_SORTS = ['-created_at', 'created_at', '-run_id', 'run_id'] as const satisfies readonly RunSort[];
export const FILE_FORMATS = ['text', 'base64'] as const satisfies readonly FileFormat[];
/** The `format` query parameter of /diff. */
export const DIFF_FORMATS = ['structured', 'unified'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
