import { describe, expect, it } from 'vitest';
import { parseShaOrVersion, readRunsSearch, validateRunsSearch } from './runs-search';
import { readRunSearch, validateRunSearch } from './run-search';

describe('parseShaOrVersion', () => {
  it('reads a full SHA (any case) or a version, and rejects the rest', () => {
    expect(parseShaOrVersion('ABCDEF0123456789abcdef0123456789ABCDEF01')).toEqual({
      commit_sha: 'abcdef0123456789abcdef0123456789abcdef01',
    });
    expect(parseShaOrVersion('0.94')).toEqual({ ccx_version: '0.94' });
    expect(parseShaOrVersion('v0.95.1')).toEqual({ ccx_version: '0.95.1' });
    expect(parseShaOrVersion('  ')).toEqual({});
    expect(parseShaOrVersion(undefined)).toEqual({});
    expect(parseShaOrVersion('521faa3')).toBeNull();
    expect(parseShaOrVersion('master')).toBeNull();
  });
});

describe('search validation', () => {
  it('keeps what the URL says and reads the values the screen can use, naming the others', () => {
    const runs = readRunsSearch(validateRunsSearch({ status: 'fail', platform: 'mac', branch: ' master ', q: 0.94, extra: 'x' }));
    expect(runs.search).toEqual({ status: 'fail', platform: undefined, branch: 'master', q: '0.94' });
    expect(runs.ignored).toEqual([{ name: 'platform', value: 'mac' }]);

    const run = readRunSearch(validateRunSearch({ status: 'bogus', category: 'DVB', q: 'BBC' }));
    expect(run.search).toEqual({ status: undefined, category: 'DVB', q: 'BBC', base: undefined });
    expect(run.ignored).toEqual([{ name: 'status', value: 'bogus' }]);
    expect(readRunSearch(validateRunSearch({ status: 'missing_output' })).search.status).toBe('missing_output');
  });

  it('reads the base run as an id (the router parses ?base=7003 as a number) or none, naming anything else', () => {
    expect(readRunSearch(validateRunSearch({ base: 7003 })).search.base).toBe(7003);
    expect(readRunSearch(validateRunSearch({ base: '7003' })).search.base).toBe(7003);
    expect(readRunSearch(validateRunSearch({ base: 'none' })).search.base).toBe('none');
    for (const bad of [0, -1, 1.5, 'master', '']) {
      const read = readRunSearch(validateRunSearch({ base: bad }));
      expect(read.search.base).toBeUndefined();
      if (bad !== '') expect(read.ignored).toEqual([{ name: 'base', value: String(bad) }]);
    }
  });
});
