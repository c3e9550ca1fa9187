import { describe, expect, it } from 'vitest';
import { describeLegacyLink, legacyPath } from './legacy-path';
import { targetHref } from './legacy-target';
import { parseLegacyLink, type LegacyLink } from './parse-legacy-link';

const LINKS: Array<[LegacyLink, string, string]> = [
  [{ kind: 'run', runId: 9461 }, '/test/9461', 'run 9461'],
  [
    { kind: 'output', runId: 9461, regressionTestId: 240, outputId: 1046 },
    '/test/diff/9461/240/1046',
    'output 1046 of regression test 240 in run 9461',
  ],
  [{ kind: 'commit', sha: 'a'.repeat(40) }, `/test/commit/${'a'.repeat(40)}`, 'the runs of commit aaaaaaaaaa'],
  [{ kind: 'master', platform: 'linux' }, '/test/master/linux', 'the latest master run on linux'],
  [{ kind: 'version', version: '0.94' }, '/test/ccextractor/0.94', 'the runs of CCExtractor 0.94'],
  [{ kind: 'sample', sampleId: 77 }, '/sample/77', 'sample 77'],
  [{ kind: 'sample-sha', sha: 'c'.repeat(64) }, `/sample/${'c'.repeat(64)}`, 'the sample with SHA-256 cccccccccc…'],
  [{ kind: 'regression', regressionTestId: 240 }, '/regression/test/240/view', 'regression test 240'],
];

describe('legacyPath', () => {
  it.each(LINKS)('writes %o as %s, which parses back to the same link', (link, path, words) => {
    expect(legacyPath(link)).toBe(path);
    expect(parseLegacyLink(path)).toEqual(link);
    expect(describeLegacyLink(link)).toBe(words);
  });
});

describe('targetHref', () => {
  it('writes each screen’s path as ui.md names it', () => {
    expect(targetHref({ screen: 'run', runId: 1 })).toBe('/runs/1');
    expect(targetHref({ screen: 'sample', runId: 1, sampleId: 2 })).toBe('/runs/1/samples/2');
    expect(targetHref({ screen: 'output', runId: 1, sampleId: 2, regressionId: 3, outputId: 4 })).toBe(
      '/runs/1/samples/2/regressions/3/outputs/4',
    );
    expect(targetHref({ screen: 'runs', search: {} })).toBe('/');
    expect(targetHref({ screen: 'runs', search: { branch: 'master', platform: 'windows' } })).toBe('/?branch=master&platform=windows');
    expect(targetHref({ screen: 'runs', search: { q: '0.94' } })).toBe('/?q=0.94');
  });
});
