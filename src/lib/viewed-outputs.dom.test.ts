import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useIsViewed, useViewedCount, useViewedOutputs } from './viewed-outputs';

const A = { runId: 9461, regressionId: 240, outputId: 1046 };
const B = { runId: 9461, regressionId: 241, outputId: 1047 };

beforeEach(() => {
  sessionStorage.clear();
  useViewedOutputs.setState({ viewed: new Set() });
});

describe('viewed outputs', () => {
  it('marks an output viewed for the session and counts marks in a list', () => {
    const one = renderHook(() => useIsViewed(A));
    const count = renderHook(() => useViewedCount([A, B]));
    expect(one.result.current).toBe(false);
    act(() => useViewedOutputs.getState().markViewed(A));
    expect(one.result.current).toBe(true);
    expect(count.result.current).toBe(1);
    expect(JSON.parse(sessionStorage.getItem('ccx-viewer.viewed') ?? '[]')).toEqual(['9461/240/1046']);
  });

  it('marks once, however often the output is opened', () => {
    act(() => useViewedOutputs.getState().markViewed(A));
    act(() => useViewedOutputs.getState().markViewed(A));
    expect(JSON.parse(sessionStorage.getItem('ccx-viewer.viewed') ?? '[]')).toHaveLength(1);
  });
});
