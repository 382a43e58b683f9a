import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe-core's serious and critical findings on the page (or inside `include`), one line each: rule and elements. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * No serious or critical finding on the page as it is now (or inside `include`), in the light theme
 * and then the dark one (the theme follows the system).
 */
export async function expectAccessibleInBothThemes(page: Page, screen: string, include?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const violations = await seriousViolations(page, include);
    expect(violations, `${screen} (${colorScheme}):\n${violations.join('\n')}`).toEqual([]);
  }
}
