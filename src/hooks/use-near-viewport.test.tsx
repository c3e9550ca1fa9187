import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport';

/** Counts the observers made; `report` says whether one observed element is on screen. */
function fakeObservers() {
  const made: Array<{ callback: IntersectionObserverCallback; targets: Set<Element> }> = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly record: { callback: IntersectionObserverCallback; targets: Set<Element> };
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, targets: new Set() };
        made.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.add(target);
      }
      unobserve(target: Element) {
        this.record.targets.delete(target);
      }
      disconnect() {
        this.record.targets.clear();
      }
    },
  );
  const report = (target: Element, isIntersecting: boolean) => {
    for (const { callback, targets } of made) {
      if (targets.has(target)) callback([{ target, isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    }
  };
  return { made, report };
}

function Watched({ name }: { name: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const near = useNearViewport(ref, '0px', { once: false, assumeNear: false });
  return (
    <p ref={ref}>
      {name}: {near ? 'near' : 'far'}
    </p>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('useNearViewport', () => {
  it('watches many elements with one observer, each told only about itself', () => {
    const { made, report } = fakeObservers();
    render(
      <>
        <Watched name="a" />
        <Watched name="b" />
        <Watched name="c" />
      </>,
    );
    expect(made).toHaveLength(1);
    act(() => report(screen.getByText(/^b:/), true));
    expect(screen.getByText('b: near')).toBeInTheDocument();
    expect(screen.getByText('a: far')).toBeInTheDocument();
    expect(screen.getByText('c: far')).toBeInTheDocument();
    act(() => report(screen.getByText(/^b:/), false));
    expect(screen.getByText('b: far')).toBeInTheDocument();
  });

  it('lets the observer go once nothing is watched', () => {
    const { made } = fakeObservers();
    const { unmount } = render(<Watched name="a" />);
    expect(made[0]?.targets.size).toBe(1);
    unmount();
    expect(made[0]?.targets.size).toBe(0);
    render(<Watched name="b" />);
    expect(made).toHaveLength(2);
  });
});
