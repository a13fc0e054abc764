// Shared steps for browser tests: walk the quick check, use the "Your data" menu.
export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:4319/';

export async function fillProfile(page, orgName = 'Lincoln High School') {
  await page.getByLabel('Name of your school or district').fill(orgName);
  await page.getByLabel('A school').check();
  await page.getByLabel('High', { exact: true }).check();
  await page.getByLabel('Your role').fill('Principal');
  const date = page.locator('input[type="date"]');
  if ((await date.inputValue()) === '') await date.fill('2026-11-23');
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

/** Rate every item on the current step "Not sure yet", then save. */
export async function rateStepAndContinue(page) {
  await page.locator('input[type="radio"][value="unsure"]').first().waitFor();
  for (const radio of await page.locator('input[type="radio"][value="unsure"]').all()) await radio.check();
  await page.getByRole('button', { name: /^Save and (continue|return to review)$/ }).click();
}

export async function walkQuickCheck(page) {
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await fillProfile(page);
  for (let step = 0; step < 7; step++) await rateStepAndContinue(page);
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
}

export async function openDataMenu(page) {
  const toggle = page.getByRole('button', { name: /^Your data/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export async function saveCopy(page) {
  await openDataMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy' }).click()]);
  return download;
}

export async function openFile(page, file) {
  await openDataMenu(page);
  await page.getByTestId('open-file-input').setInputFiles(file);
}

export function savedState(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('stem-teacher-leadership-planner') ?? 'null'));
}

/**
 * Records the page's main-thread long tasks (over 50 ms) from now on (issue 15: the page never freezes during an
 * export). Resolve the button before calling this, so Playwright's own role query is not counted.
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
}

/** The longest main-thread task since watchLongTasks, in ms (0 when none was over 50 ms). */
export async function longestTask(page) {
  return Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
}

/**
 * Runs `exportOnce` (which resolves when its file has downloaded) watching long tasks, and asserts none ran over
 * `limit` ms. A task's duration is wall time, so a machine busy with other work can stretch one; a task that is
 * really too long is too long again, so one over the limit gets a second export, which must stay under it.
 */
export async function exportWithoutLongTasks(page, what, exportOnce, limit = 100) {
  const tries = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    await watchLongTasks(page);
    const result = await exportOnce();
    tries.push(Math.round(await longestTask(page)));
    if (tries.at(-1) <= limit) return result;
  }
  throw new Error(`a main-thread task over ${limit} ms during the export of ${what} (longest: ${tries.join(' ms, then ')} ms)`);
}
