// The plan's new parts (issue 12 §2) in Chromium: fill budget, timeline, evaluation, communication and role
// design, reloading after each part, and nothing typed is lost; bad input keeps its text and its message; the
// plan page has no axe violation. Set SCREENSHOT_DIR to save the new sections at 1366 and 390 pixels wide.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL, walkQuickCheck } from './helpers.mjs';

const SHOTS = process.env.SCREENSHOT_DIR;
let context;
let page;

before(async () => {
  context = await launchBrowser({ ...AXE_CONTEXT, viewport: { width: 1366, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
});
after(async () => context?.close());

const PLAN_HEADING = 'Your draft implementation plan';
const section = (heading) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading, level: 2 }) });
const group = (scope, name) => scope.getByRole('group', { name, exact: true });

/** Open a part's fields (they sit behind an Edit button, like the job description's). */
async function edit(name) {
  await page.getByRole('button', { name, exact: true }).click();
}

/** Reload, then open the named part's fields again. */
async function reload(editButton) {
  await page.reload();
  await page.getByRole('heading', { name: PLAN_HEADING }).waitFor();
  if (editButton) await edit(editButton);
}

async function saveAndContinue() {
  await page.getByRole('button', { name: /Save and (continue|return to review)/ }).click();
}

test('a full plan reaches the plan page, with its answers feeding the new parts', async () => {
  await walkQuickCheck(page);
  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('button', { name: 'Upgrade to a full plan' }).click();
  await page.getByRole('heading', { name: 'Assess STEM-related needs' }).waitFor();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Establish a vision/ }).waitFor();
  await page.getByLabel('Deeper student engagement').check();
  await page.getByLabel('More teacher voice and engagement').check();
  await page
    .getByLabel('The “why” you will share with staff and community')
    .fill('Every student does real STEM, every year.');
  await saveAndContinue();
  await page.getByRole('heading', { name: /Examine successful/ }).waitFor();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Design the model/ }).waitFor();
  await page.getByLabel('Hybrid').check();
  await saveAndContinue();
  await page.getByRole('heading', { name: 'Plan for sustainability' }).waitFor();
  await saveAndContinue();
  await page.getByRole('heading', { name: /Define and staff/ }).waitFor();
  await page.getByLabel('Essential competencies').fill('Credibility with peers.');
  await page.getByLabel('Reports to').fill('Principal');
  await saveAndContinue();
  await page.getByRole('heading', { name: 'Support the STEM teacher leader' }).waitFor();
  await saveAndContinue();
  await page.getByRole('button', { name: 'Continue to results' }).click();
  await page.getByRole('button', { name: 'Continue to your plan' }).click();
  await page.getByRole('heading', { name: PLAN_HEADING }).waitFor();
  await page
    .getByRole('button', { name: /^Accept proposed action/ })
    .first()
    .click();
  await page
    .getByRole('button', { name: /^Edit action/ })
    .first()
    .click();
  await page.getByLabel('Owner', { exact: true }).fill('Ms Rivera');
  await page.getByLabel('Start date').fill('2027-01-10');
  await page.getByLabel('Due date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Save action' }).click();

  await edit('Edit the messages');
  await edit('Edit the indicators');
  await edit('Edit the role design');
  const communication = section('Communication plan');
  assert.equal(
    await group(communication, 'Message 1').getByLabel('Message').inputValue(),
    'Every student does real STEM, every year.',
  );
  assert.equal(
    await group(section('Evaluating the program'), 'Indicator 2')
      .getByLabel('Benefit')
      .inputValue(),
    'teacherVoice',
  );
  assert.equal(
    await section('Role design checks').getByLabel('Selection criteria').inputValue(),
    'Credibility with peers.',
  );
});

test('budget: lines, amounts and choices survive a reload, with totals and the recurring share', async () => {
  await reload('Edit the budget');
  const budget = section('Budget and funding, three years');
  const line1 = group(budget, 'Cost line 1');
  await line1.getByLabel('What it pays for').fill('Teacher leader stipend');
  await line1.getByLabel('Year 1 amount (US$)').fill('6,000');
  await line1.getByLabel('Year 2 amount (US$)').fill('6000');
  await line1.getByLabel('Year 3 amount (US$)').fill('3000');
  await line1.getByLabel('Funding source').selectOption({ label: 'Grant' });
  await budget.getByRole('button', { name: 'Add a cost line' }).click();
  const line2 = group(budget, 'Cost line 2');
  assert.ok(
    await line2.getByLabel('What it pays for').evaluate((el) => el === document.activeElement),
  );
  await line2.getByLabel('What it pays for').fill('District stipend');
  await line2.getByLabel('Year 3 amount (US$)').fill('$3,000');
  await line2.getByLabel('Funding source').selectOption({ label: 'Recurring district funds' });
  await line2.getByLabel('This line pays for the teacher leader position').check();
  await line2.getByLabel('Year 1 amount (US$)').fill('-200');
  await reload('Edit the budget');

  assert.equal(await line1.getByLabel('What it pays for').inputValue(), 'Teacher leader stipend');
  assert.equal(await line1.getByLabel('Year 1 amount (US$)').inputValue(), '6000');
  assert.equal(await line2.getByLabel('Year 3 amount (US$)').inputValue(), '3000');
  assert.ok(await line2.getByLabel('This line pays for the teacher leader position').isChecked());
  // The bad amount keeps its text and its message, and blocks export until fixed.
  assert.equal(await line2.getByLabel('Year 1 amount (US$)').inputValue(), '-200');
  assert.ok(await line2.getByText('Enter zero or more; costs cannot be negative.').isVisible());
  assert.ok(
    await page.getByText(/^Fix the entry marked in “Budget and funding, three years”/).isVisible(),
  );
  await line2.getByLabel('Year 1 amount (US$)').fill('0');
  assert.ok(
    await budget
      .getByText(
        'By year 3, recurring district funds pay 50% of the teacher leader position ($3,000 of $6,000).',
        { exact: false },
      )
      .isVisible(),
  );
  const total = budget
    .getByRole('table', { name: 'Totals by year and funding source' })
    .getByRole('row')
    .last();
  assert.match(await total.innerText(), /Total\s+\$6,000\s+\$6,000\s+\$6,000/);
});

test('timeline: milestones with dates and owners survive a reload; chart and table show them with the action', async () => {
  await edit('Edit the milestones');
  const timeline = section('Timeline and milestones');
  await group(timeline, 'Vision agreed').getByLabel('Milestone date').fill('2027-01-15');
  await group(timeline, 'Vision agreed').getByLabel('Who is responsible').fill('Leadership team');
  await group(timeline, 'Vision agreed').getByLabel('Done').check();
  await group(timeline, 'Program launch').getByLabel('Milestone date').fill('2027-08-20');
  await timeline.getByRole('button', { name: 'Add a milestone' }).click();
  await group(timeline, 'Your milestone 1')
    .getByLabel('Milestone', { exact: true })
    .fill('Family STEM night');
  await group(timeline, 'Your milestone 1').getByLabel('Milestone date').fill('2027-10-05');
  await reload('Edit the milestones');

  assert.equal(
    await group(timeline, 'Vision agreed').getByLabel('Who is responsible').inputValue(),
    'Leadership team',
  );
  assert.ok(await group(timeline, 'Vision agreed').getByLabel('Done').isChecked());
  assert.equal(
    await group(timeline, 'Your milestone 1').getByLabel('Milestone', { exact: true }).inputValue(),
    'Family STEM night',
  );
  assert.ok(
    await timeline.getByRole('img', { name: /Timeline of milestones and actions/ }).isVisible(),
  );
  const rows = timeline
    .getByRole('table', { name: 'Milestones and actions by date' })
    .getByRole('row');
  assert.match(await rows.nth(1).innerText(), /Vision agreed/);
  assert.match(await rows.nth(2).innerText(), /March 31, 2027/);
  assert.match(await rows.nth(4).innerText(), /Family STEM night/);
});

test('evaluation and communication rows survive a reload', async () => {
  await edit('Edit the indicators');
  const evaluation = section('Evaluating the program');
  const row = group(evaluation, 'Indicator 1');
  await row.getByLabel('Indicator').fill('Students choosing STEM electives');
  await row.getByLabel('Data source').fill('Course enrolment');
  await row.getByLabel('Baseline').fill('18%');
  await row.getByLabel('Target').fill('25%');
  await row.getByLabel('Review date').fill('2028-06-01');
  await reload('Edit the indicators');
  assert.equal(await row.getByLabel('Target').inputValue(), '25%');
  assert.equal(await row.getByLabel('Review date').inputValue(), '2028-06-01');

  await edit('Edit the messages');
  const communication = section('Communication plan');
  const board = group(communication, 'Message 3');
  await board.getByLabel('Channel').fill('Board meeting');
  await board.getByLabel('Who tells them').fill('Superintendent');
  await board.getByLabel('When').fill('2027-02-10');
  await board
    .getByLabel('Message')
    .fill('Why a teacher leader: “real STEM” – for every student. ✓');
  await reload('Edit the messages');
  assert.equal(await board.getByLabel('Who tells them').inputValue(), 'Superintendent');
  assert.equal(
    await board.getByLabel('Message').inputValue(),
    'Why a teacher leader: “real STEM” – for every student. ✓',
  );
});

test('role design: answers survive a reload and contradictions are named', async () => {
  await edit('Edit the role design');
  const role = section('Role design checks');
  await role
    .getByLabel('Share of the teacher leader’s time protected for the role (%)')
    .fill('100');
  await role.getByLabel('Number of teachers the role serves').fill('24');
  await role.getByLabel('Number of schools the role serves').fill('1');
  await role.getByLabel('Pay type').selectOption({ label: 'Stipend' });
  await role
    .getByLabel('Who covers the leader’s other duties during that time')
    .fill('x'.repeat(2100));
  await reload('Edit the role design');
  assert.equal(await role.getByLabel('Number of teachers the role serves').inputValue(), '24');
  assert.ok(await role.getByText(/Step 4 describes a hybrid role/).isVisible());
  assert.equal(
    (await role.getByLabel('Who covers the leader’s other duties during that time').inputValue())
      .length,
    2100,
  );
  assert.ok(await role.getByText(/Keep this to 2,000 characters or fewer/).isVisible());
  await role
    .getByLabel('Who covers the leader’s other duties during that time')
    .fill('A long-term substitute');
  await reload('Edit the role design');
  assert.equal(
    await role.getByLabel('Who covers the leader’s other duties during that time').inputValue(),
    'A long-term substitute',
  );
});

test('the plan page with every part filled has no axe violation, closed and open; screenshots of the new sections', async () => {
  await reload();
  await expectNoAxeViolations(page, 'the plan page with its new parts as summaries');
  for (const name of [
    'Edit the milestones',
    'Edit the budget',
    'Edit the role design',
    'Edit the indicators',
    'Edit the messages',
  ]) {
    await edit(name);
  }
  await expectNoAxeViolations(page, 'the plan page with every part open');
  if (!SHOTS) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, heading] of [
      ['timeline', 'Timeline and milestones'],
      ['budget', 'Budget and funding, three years'],
      ['role', 'Role design checks'],
      ['evaluation', 'Evaluating the program'],
      ['communication', 'Communication plan'],
    ]) {
      await section(heading).screenshot({ path: join(SHOTS, `plan-${name}-${width}.png`) });
    }
  }
  await expectNoAxeViolations(page, 'the plan page at 390 pixels wide');
});
