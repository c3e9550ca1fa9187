import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadCaptionTexts } from '../hooks/use-caption-verdict';
import { fixture, REF, renderWithQueries } from '../test-support';
import { queryKeys } from '@/lib/query-keys';
import { captionDiff } from '../lib/caption-diff';
import { summarize } from '../lib/caption-summary';
import { CaptionLabel } from './caption-label';
import { CaptionLabels } from './caption-labels';

/** The diff loads its parsers on first use, and the machine may be busy. */
const WAIT = { timeout: 10_000 };

/** Every observed element is on screen (or not) at once. */
function stubObserver(onScreen: boolean) {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        queueMicrotask(() =>
          this.callback([{ isIntersecting: onScreen, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
        );
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

/** An observer the test moves on and off screen; returns the function that does it. */
function controlObserver(): (onScreen: boolean) => void {
  let report: (onScreen: boolean) => void = () => {};
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly targets = new Set<Element>();
      constructor(private readonly callback: IntersectionObserverCallback) {
        report = (onScreen) =>
          this.callback(
            [...this.targets].map((target) => ({ isIntersecting: onScreen, target }) as IntersectionObserverEntry),
            this as unknown as IntersectionObserver,
          );
      }
      observe(target: Element) {
        this.targets.add(target);
      }
      unobserve(target: Element) {
        this.targets.delete(target);
      }
      disconnect() {
        this.targets.clear();
      }
    },
  );
  return (onScreen) => report(onScreen);
}

afterEach(() => vi.unstubAllGlobals());

const loadFixture =
  (name: string): LoadCaptionTexts =>
  async () => {
    const f = fixture(name);
    return { kind: 'texts', expected: f.expected, actual: f.actual };
  };

describe('CaptionLabel', () => {
  it('shows the verdict label of an output on screen, with its sentence as a tooltip', async () => {
    stubObserver(true);
    renderWithQueries(<CaptionLabel outputRef={REF} filename="x.srt" load={loadFixture('shift of 33 ms late')} />);
    expect(await screen.findByText('timing shift +33 ms', {}, WAIT)).toHaveAttribute('title', 'All 12 cues match but are 33 ms late');
  });

  it('loads nothing while off screen', async () => {
    stubObserver(false);
    const load = vi.fn(loadFixture('extra cue'));
    const { container } = renderWithQueries(<CaptionLabel outputRef={REF} filename="x.srt" load={load} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).not.toHaveBeenCalled();
    expect(container).toHaveTextContent('');
  });

  it('shows the verdict of an off-screen output when it is known already', () => {
    stubObserver(false);
    const load = vi.fn(loadFixture('extra cue'));
    const ui = () => <CaptionLabel outputRef={REF} filename="x.srt" load={load} />;
    const { queryClient, rerender } = renderWithQueries(ui());
    queryClient.setQueryData(
      queryKeys.captions.verdict(REF),
      summarize(captionDiff(fixture('missing cue').expected, fixture('missing cue').actual, 'x.srt')),
    );
    rerender(ui());
    expect(screen.getByText('cues missing')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads nothing for an output a scroll sweeps past', async () => {
    const report = controlObserver();
    const load = vi.fn(loadFixture('extra cue'));
    renderWithQueries(<CaptionLabel outputRef={REF} filename="x.srt" load={load} />);
    act(() => report(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    act(() => report(false));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(load).not.toHaveBeenCalled();
  });

  it('stops loading when scrolled away before its files arrived', async () => {
    const report = controlObserver();
    let aborted: AbortSignal | undefined;
    const load = vi.fn<LoadCaptionTexts>((_ref, signal) => {
      aborted = signal;
      return new Promise(() => {});
    });
    renderWithQueries(<CaptionLabel outputRef={REF} filename="x.srt" load={load} />);
    act(() => report(true));
    expect(await screen.findByText('classifying…')).toBeInTheDocument();
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    expect(aborted?.aborted).toBe(false);
    act(() => report(false));
    await vi.waitFor(() => expect(aborted?.aborted).toBe(true));
    await vi.waitFor(() => expect(screen.queryByText('classifying…')).not.toBeInTheDocument());
  });

  it('shows nothing for files that cannot be classified', async () => {
    stubObserver(true);
    const load = vi.fn<LoadCaptionTexts>(async () => ({ kind: 'unavailable', reason: 'a file was cut at 1 MiB' }));
    const { container } = renderWithQueries(<CaptionLabel outputRef={REF} filename="x.srt" load={load} />);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await vi.waitFor(() => expect(container).not.toHaveTextContent('classifying'));
    expect(container).toHaveTextContent('');
  });
});

describe('CaptionLabels', () => {
  it('labels each output of a row', async () => {
    stubObserver(true);
    const outputs = [
      { ref: REF, filename: 'a.srt' },
      { ref: { ...REF, outputId: 4 }, filename: 'b.srt' },
    ];
    renderWithQueries(<CaptionLabels outputs={outputs} load={loadFixture('missing cue')} />);
    await vi.waitFor(() => expect(screen.getAllByText('cues missing')).toHaveLength(2), WAIT);
  });
});
