// Whole-page checks shared by the screen specs: axe-core's serious findings, and sideways overflow.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The serious and critical violations on the page, each with a few of the elements at fault. */
export async function seriousViolations(page: Page) {
  // One axe.run in the page (the app has no frames), keeping full detail for violations only: the default
  // runs in a second page and ships every passing node back, 6x slower on a diff screen (16.6 s against 2.6 s).
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
}

/** How far the page reaches past the window's right edge, and the widest offenders when it does. */
export function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const beyond = document.documentElement.scrollWidth - width;
    const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { beyond, offenders: beyond > 0 ? offenders : [] };
  });
}
