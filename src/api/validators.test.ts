import { expect, it } from 'vitest';
import * as validators from './validators';

const error = (message: string) => ({ code: 'not_found', message, details: {} });

it('checks string lengths in characters, as the contract counts them', () => {
  expect(validators.Error(error('x'.repeat(500)))).toBe(true);
  expect(validators.Error(error('x'.repeat(501)))).toBe(false);
  // An astral character is one character, not two UTF-16 units.
  expect(validators.Error(error('😀'.repeat(500)))).toBe(true);
});

it('checks formats and enums', () => {
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
  expect(validators.OutputFile(output)).toBe(true);
  expect(validators.OutputFile({ ...output, storage_status: 'lost' })).toBe(false);
  expect(validators.OutputFile({ ...output, download_url: 'not a url' })).toBe(false);
  expect(validators.OutputFile({ ...output, content: 'x'.repeat(1_048_577) })).toBe(false);
});
