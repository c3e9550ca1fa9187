import { expect, it } from 'vitest';
import * as validators from './validators';

// The app's validators are tolerant where tolerance cannot make a screen lie (scripts/lib/api-schema.ts), strict
// where it could.
const output = {
  run_id: null,
  sample_id: 1,
  regression_id: 2,
  output_id: 3,
  filename: 'a.srt',
  content_type: 'text/plain',
  encoding: 'utf-8',
  content: '',
  storage_status: 'ok',
};

it('rejects no response for a limit: lengths and item counts are the server’s business', () => {
  expect(validators.Error({ code: 'not_found', message: 'x'.repeat(5_000), details: {} })).toBe(true);
  expect(validators.OutputFile({ ...output, content: 'x'.repeat(1_048_577) })).toBe(true);
  const me = { user_id: 1, email: 'a@example.org', role: 'admin', scopes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
  expect(validators.Me(me)).toBe(true);
});

it('accepts any string where a status is an open enum, but not another type', () => {
  expect(validators.OutputFile({ ...output, storage_status: 'archived' })).toBe(true);
  expect(validators.OutputFile({ ...output, storage_status: 3 })).toBe(false);
  expect(validators.Me({ user_id: 1, email: 'a@example.org', role: 'maintainer', scopes: [] })).toBe(true);
});

it('stays strict where a wrong value would make a screen lie', () => {
  // An encoding decides how the content is read; a diff's status and a line's kind decide what the screen says.
  expect(validators.OutputFile({ ...output, encoding: 'latin1' })).toBe(false);
  const diff = {
    run_id: 1,
    sample_id: 1,
    regression_id: 2,
    output_id: 3,
    status: 'identical',
    summary: { added_lines: 0, removed_lines: 0, changed_hunks: 0 },
    hunks: [],
  };
  expect(validators.Diff(diff)).toBe(true);
  expect(validators.Diff({ ...diff, status: 'similar' })).toBe(false);
  // Ids: missing, of the wrong type, or below 1.
  expect(validators.OutputFile({ ...output, output_id: undefined })).toBe(false);
  expect(validators.OutputFile({ ...output, output_id: '3' })).toBe(false);
  expect(validators.OutputFile({ ...output, output_id: 0 })).toBe(false);
  expect(validators.OutputFile({ ...output, content: null })).toBe(false);
  expect(validators.OutputFile({ ...output, download_url: 'not a url' })).toBe(false);
});

it('checks a page’s envelope only: its items are checked one by one by the client', () => {
  const pagination = { limit: 50, offset: 0, total: 2, next_offset: null };
  expect(validators.RunPage({ data: [{ run_id: 'x' }, 42], pagination })).toBe(true);
  expect(validators.RunPage({ data: {}, pagination })).toBe(false);
  expect(validators.RunPage({ data: [], pagination: { ...pagination, total: 'many' } })).toBe(false);
});
