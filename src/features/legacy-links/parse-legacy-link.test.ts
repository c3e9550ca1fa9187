import { describe, expect, it } from 'vitest';
import { parseLegacyLink } from './parse-legacy-link';

describe('parseLegacyLink', () => {
  it.each([
    ['https://sampleplatform.ccextractor.org/test/9461', { kind: 'run', runId: 9461 }],
    ['sampleplatform.ccextractor.org/test/9461/', { kind: 'run', runId: 9461 }],
    ['/test/9461', { kind: 'run', runId: 9461 }],
    [
      'https://sampleplatform.ccextractor.org/test/diff/9461/240/1047',
      { kind: 'output', runId: 9461, regressionTestId: 240, outputId: 1047 },
    ],
    ['http://spdev.ccextractor.org/test/diff/3120/88/140/0', { kind: 'output', runId: 3120, regressionTestId: 88, outputId: 140 }],
    [
      'https://sampleplatform.ccextractor.org/test/commit/0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
      { kind: 'commit', sha: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567' },
    ],
    ['https://sampleplatform.ccextractor.org/test/master/windows', { kind: 'master', platform: 'windows' }],
    ['https://sampleplatform.ccextractor.org/test/ccextractor/0.94', { kind: 'version', version: '0.94' }],
    ['https://ccextractor.canihavesome.coffee/sample/77', { kind: 'sample', sampleId: 77 }],
    [`https://sampleplatform.ccextractor.org/sample/${'ab'.repeat(32)}`, { kind: 'sample-sha', sha: 'ab'.repeat(32) }],
    ['https://sampleplatform.ccextractor.org/regression/test/240/view?x=1#top', { kind: 'regression', regressionTestId: 240 }],
  ])('reads %s', (input, expected) => {
    expect(parseLegacyLink(input)).toEqual(expected);
  });

  it.each([
    '',
    'hello',
    'https://evil.example/test/9461',
    'https://sampleplatform.ccextractor.org.evil.example/test/1',
    'javascript:alert(1)//sampleplatform.ccextractor.org/test/1',
    '//sampleplatform.ccextractor.org/test/1',
    '/test/0',
    '/test/-4',
    '/test/abc',
    '/test/diff/1/2',
    '/test/commit/abc123',
    '/test/master/mac',
    '/sample/12/extra',
    '/regression/test/5',
  ])('rejects %s', (input) => {
    expect(parseLegacyLink(input)).toBeNull();
  });
});
