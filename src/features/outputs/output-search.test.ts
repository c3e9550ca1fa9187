import { describe, expect, it } from 'vitest';
import { readOutputSearch, validateOutputSearch } from './output-search';

const read = (raw: Record<string, unknown>) => readOutputSearch(validateOutputSearch(raw));

describe('the output screen’s URL', () => {
  it('reads the view and the context lines, numbers as the router parses them included', () => {
    expect(read({ view: 'unified', context: 10 })).toEqual({ search: { view: 'unified', context: 10 }, ignored: [] });
    expect(read({ view: 'split', context: 'all' })).toEqual({ search: { view: 'split', context: 'all' }, ignored: [] });
    expect(read({})).toEqual({ search: { view: undefined, context: undefined }, ignored: [] });
  });

  it.each([
    [{ view: 'foo' }, [{ name: 'view', value: 'foo' }]],
    [{ context: -1 }, [{ name: 'context', value: '-1' }]],
    [{ context: 99999 }, [{ name: 'context', value: '99999' }]],
    [
      { context: '1.5', view: 'SPLIT' },
      [
        { name: 'view', value: 'SPLIT' },
        { name: 'context', value: '1.5' },
      ],
    ],
  ])('falls back to the default and names what it ignored: %o', (raw, ignored) => {
    const { search } = read(raw);
    expect(search.view === undefined || search.context === undefined).toBe(true);
    expect(read(raw).ignored).toEqual(ignored);
  });

  it('reads ?w=1, hide whitespace changes, as the router parses it or as text', () => {
    expect(read({ w: 1 }).search.w).toBe(1);
    expect(read({ w: '1' }).search.w).toBe(1);
    expect(read({ w: 0 })).toEqual({ search: { view: undefined, context: undefined }, ignored: [] });
    expect(read({ w: 'yes' }).ignored).toEqual([{ name: 'w', value: 'yes' }]);
  });

  it('reads ?against=<runId> (a number as the router parses it); expected is the default said out loud', () => {
    expect(read({ against: 7003 }).search.against).toBe(7003);
    expect(read({ against: '7003' }).search.against).toBe(7003);
    expect(read({ against: 'expected' })).toEqual({ search: { view: undefined, context: undefined }, ignored: [] });
    expect(read({ against: 'base' }).ignored).toEqual([{ name: 'against', value: 'base' }]);
    expect(read({ against: 0 }).ignored).toEqual([{ name: 'against', value: '0' }]);
  });
});
