import { describe, expect, it } from 'vitest';
import { shareMarkdown, type ShareFacts } from './share-markdown';

const facts: ShareFacts = {
  runId: 9461,
  platform: 'linux',
  prNumber: 1724,
  sampleId: 31,
  sampleName: 'KTVU_Fox2_2012-11-06.ts',
  regressionId: 240,
  command: '--out=srt',
  filename: 'name.srt',
  exitCode: 0,
  expectedRc: 0,
};
const link = 'https://viewer.example/runs/9461/samples/31/regressions/240/outputs/1047';

describe('shareMarkdown', () => {
  it('says what failed, where, and links to it', () => {
    expect(shareMarkdown(facts, { kind: 'differs', added: 3, removed: 2 }, link)).toBe(
      `**Run 9461 · linux · PR #1724** — sample \`KTVU_Fox2_2012-11-06.ts\`, regression 240 (\`--out=srt\`): output \`name.srt\` differs (+3 −2)\n\n${link}`,
    );
  });

  it('names the branch when there is no pull request, and a wrong exit code', () => {
    const text = shareMarkdown({ ...facts, prNumber: null, branch: 'master', exitCode: 10 }, { kind: 'matched' }, link);
    expect(text).toContain('**Run 9461 · linux · master**');
    expect(text).toContain('matched expected; exit code 10, expected 0');
  });

  it('cannot be broken out of by hostile data', () => {
    const hostile = { ...facts, sampleName: 'a`](http://evil)\n# Title', branch: '**x**', prNumber: null, filename: '``x``' };
    const text = shareMarkdown(hostile, { kind: 'missing_output' }, link);
    const [first, ...rest] = text.split('\n');
    expect(rest.filter(Boolean)).toEqual([link]);
    expect(first).toContain('``a`](http://evil) # Title``');
    expect(first).toContain('\\*\\*x\\*\\*');
    expect(first).toContain('``` ``x`` ```');
  });
});
