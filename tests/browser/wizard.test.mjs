import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';

const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:4319/';
let context;
let page;

before(async () => {
  context = await launchBrowser(AXE_CONTEXT);
  page = context.pages()[0] ?? (await context.newPage());
});
after(() => context?.close());

const STEP_TITLES = [
  'Assess STEM-related needs',
  'Establish a vision for STEM education and teacher leadership',
  'Examine successful STEM education programming',
  'Design the model of STEM teacher leadership',
  'Plan for sustainability',
  'Define and staff the STEM teacher leader position',
  'Support the STEM teacher leader',
];
const LEVELS = ['Early', 'Developing', 'Prepared', 'Model', 'Not sure yet'];

/** Rate each item on the page, cycling through the levels so every level is exercised. */
async function rateEveryItem(offset) {
  const groups = page.locator('.rating-item fieldset');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    await groups.nth(i).getByLabel(LEVELS[(i + offset) % LEVELS.length], { exact: true }).check();
  }
  return count;
}

/** Fill every visible text box on a step with something recognisable. */
async function fillStepDetails(stepNumber) {
  const boxes = page.locator('main textarea:not(.textarea--notes), main input[type="text"]');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(`Step ${stepNumber} answer ${i + 1} – “Ñandú” Ωμέγα`);
  const firstCheckbox = page.locator('main input[type="checkbox"]').first();
  if (await firstCheckbox.count()) await firstCheckbox.check();
}

test('a new user fills all seven stages, reloads mid-way without losing anything, and reviews every answer', async () => {
  await page.goto(APP_URL);
  await expectNoAxeViolations(page, 'the start page');
  await page.getByRole('button', { name: 'Start a full plan' }).click();

  // An empty profile shows the error state, which must itself be accessible.
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.match(await page.title(), /^Error: /);
  await expectNoAxeViolations(page, 'the profile in an error state');

  await page.getByLabel('Name of your school or district').fill('Nguyễn Thị Ánh STEM Academy');
  await page.getByLabel('A school').check();
  await page.getByLabel('Elementary').check();
  await page.getByLabel('Your role').fill('Principal');
  await page.getByLabel('Planning team members (optional)').fill('Ana Pérez\nЕлена Петрова');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const ratedCounts = [];
  for (const [index, title] of STEP_TITLES.entries()) {
    const heading = page.getByRole('heading', { level: 1, name: title });
    await heading.waitFor();
    assert.equal(await page.title(), `Step ${index + 1} of 7 – ${title} – STEM Teacher Leadership Planner`);
    assert.ok(await heading.evaluate((h) => h === document.activeElement), `focus is on the heading of step ${index + 1}`);
    await expectNoAxeViolations(page, `step ${index + 1}`);

    ratedCounts.push(await rateEveryItem(index));
    await fillStepDetails(index + 1);
    if (index === 1) await page.getByLabel('Deeper student engagement').check();

    if (index === 3) {
      // Reload with typed-but-unsubmitted answers on the page: they must all come back.
      const assets = page.getByLabel('Local resources for staffing, instruction and professional development');
      await assets.fill('Typed just before the reload');
      await page.waitForTimeout(600);
      await page.reload();
      await heading.waitFor();
      assert.equal(await assets.inputValue(), 'Typed just before the reload');
      const firstGroup = page.locator('.rating-item fieldset').first();
      assert.ok(await firstGroup.getByLabel(LEVELS[index % LEVELS.length], { exact: true }).isChecked());
    }
    await page.getByRole('button', { name: 'Save and continue' }).click();
  }

  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await expectNoAxeViolations(page, 'the review page');
  const review = page.locator('main');
  await review.getByText('Nguyễn Thị Ánh STEM Academy').waitFor();
  for (const [index, title] of STEP_TITLES.entries()) {
    const section = page.getByRole('region', { name: `Step ${index + 1}: ${title}` });
    const levelTags = await section.locator('.level-tag').allInnerTexts();
    assert.equal(levelTags.length, ratedCounts[index], `every item of step ${index + 1} is listed`);
    assert.ok(levelTags.every((t) => LEVELS.includes(t)), `step ${index + 1} shows a level for every item`);
    assert.ok(
      (await section.innerText()).includes(`Step ${index + 1} answer 2 – “Ñandú” Ωμέγα`),
      `step ${index + 1} shows its typed answers`,
    );
  }
  await page.getByText('Typed just before the reload').waitFor();

  // And after one more reload, the review still holds everything.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByRole('heading', { name: 'All 7 steps are complete' }).waitFor();
});

test('the keyboard alone can complete a readiness item and move on', async () => {
  await page.goto(APP_URL);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Start a quick check' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'About your school or district' }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard Middle School');
  await page.keyboard.press('Tab'); // to the school/district radios
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // to the level radios
  await page.keyboard.press('ArrowDown'); // middle
  await page.keyboard.press('Tab');
  await page.keyboard.type('Assistant principal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Assess STEM-related needs' }).waitFor();
  const profile = await page.evaluate(() => JSON.parse(localStorage.getItem('stem-teacher-leadership-planner')).state.profile);
  assert.equal(profile.orgName, 'Keyboard Middle School');
  assert.equal(profile.level, 'middle');
});
