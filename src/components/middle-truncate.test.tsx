import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MiddleTruncate } from './middle-truncate';

const LONG = 'Broadcast_2014-03-01_channel4_news_at_ten_1080i.ts';

// Radix positions the tooltip with ResizeObserver; the test DOM lays nothing out to observe.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** The test DOM has no layout: make every name's box wider than its place, as a narrow column would. */
function cutEveryName(cut = true) {
  vi.stubGlobal('ResizeObserver', NoResize);
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('middle-truncate__start') && cut ? 400 : 100;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(100);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('MiddleTruncate', () => {
  it('keeps the whole name as text and as the accessible name, once', () => {
    render(
      <a href="/runs/1/samples/2">
        <MiddleTruncate text={LONG} />
      </a>,
    );
    const link = screen.getByRole('link', { name: LONG });
    expect(link).toHaveTextContent(new RegExp(`^${LONG}$`));
    expect(screen.getByText(LONG)).toBeInTheDocument();
  });

  it('names the tail that stays visible: the distinguishing end, extension included', () => {
    const { container } = render(<MiddleTruncate text={LONG} />);
    expect(container.querySelector('.middle-truncate')).toHaveAttribute('data-tail', '_1080i.ts');
    // The tail of a stored output name keeps the end of the hash and the suffix.
    const { container: stored } = render(<MiddleTruncate text={`${'ab'.repeat(32)}.p1.svc01.srt`} />);
    expect(stored.querySelector('.middle-truncate')).toHaveAttribute('data-tail', 'abababab.p1.svc01.srt');
  });

  it('keeps SafeText’s guarantees: markup as text, hidden characters as marks, also in the tail', () => {
    const { container } = render(<MiddleTruncate text={'<img src=x onerror=alert(1)>_clip_\u202E4pm_long_name.exe.ts'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>_clip_<U+202E>4pm_long_name.exe.ts');
    expect(container.querySelector('[data-hidden-char="bidi"]')).not.toBeNull();
    expect(container.querySelector('.middle-truncate')?.getAttribute('data-tail')).not.toMatch(/\u202E/);
  });

  it('shows the full name in a tooltip when the link holding a cut name gets keyboard focus', async () => {
    cutEveryName();
    // The test DOM does not track :focus-visible; a browser matches it after Tab.
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? this === document.activeElement : matches.call(this, selector);
    });
    const user = userEvent.setup();
    render(
      <a href="/runs/1/samples/2">
        <MiddleTruncate text={LONG} />
      </a>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: LONG })).toHaveFocus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(LONG);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('shows the full name on hover', async () => {
    cutEveryName();
    const user = userEvent.setup();
    render(<MiddleTruncate text={LONG} />);
    const name = screen.getByText(LONG);
    await user.hover(name);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(LONG);
    await user.unhover(name);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('shows one tooltip at a time: hovering another cut name closes the one focus opened', async () => {
    cutEveryName();
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? this === document.activeElement : matches.call(this, selector);
    });
    const OTHER = 'PBS_NewsHour_2015-05-20_loop_capture_with_608_and_708_captions.ts';
    const user = userEvent.setup();
    render(
      <>
        <a href="/runs/1/samples/2">
          <MiddleTruncate text={LONG} />
        </a>
        <MiddleTruncate text={OTHER} />
      </>,
    );
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(LONG);
    await user.hover(screen.getByText(OTHER));
    await waitFor(() => expect(screen.getAllByRole('tooltip').map((tip) => tip.textContent)).toEqual([OTHER]));
  });

  it('has no tooltip for a name that fits', async () => {
    cutEveryName(false);
    const user = userEvent.setup();
    render(
      <a href="/x">
        <MiddleTruncate text={LONG} />
      </a>,
    );
    await user.tab();
    await user.hover(screen.getByText(LONG));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
