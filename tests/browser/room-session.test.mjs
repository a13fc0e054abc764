// The room as its own session (issue 13): three participants of one district save their files from the app on
// the same day; the facilitator opens all three at once and sees three names, records a consensus, saves the
// room, reloads, reopens the room file, uses the consensus as a team plan, and Undo brings back their own plan.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations } from './axe.mjs';
import { AXE_CONTEXT, launchBrowser } from './chromium.mjs';
import { APP_URL, rateStepAndContinue, saveCopy, savedState } from './helpers.mjs';

let context;
let page;
const dir = mkdtempSync(join(tmpdir(), 'stl-room-session-'));
const PEOPLE = ['Ana García', 'Ben Okafor', 'Ana García'];

before(async () => {
  context = await launchBrowser(AXE_CONTEXT);
});
after(async () => context?.close());

/** Each participant on their own browser (a fresh profile); the last one's browser is the facilitator's. */
async function participantSaves(name, index) {
  const last = index === PEOPLE.length - 1;
  const own = last ? context : await launchBrowser();
  const page = own.pages()[0] ?? (await own.newPage());
  try {
    return await walkAndSave(page, name, index);
  } finally {
    if (!last) await own.close();
  }
}

async function walkAndSave(page, name, index) {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Start a quick check' }).click();
  await page.getByLabel('Name of your school or district').fill('Río Grande ISD');
  await page.getByLabel('A district', { exact: true }).check();
  await page.getByLabel('District-wide').check();
  await page.getByLabel('Your role').fill('Teacher');
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByLabel('Workshop group or table (optional)').fill(`Table ${index + 1}`);
  const date = page.locator('input[type="date"]');
  await date.fill('2026-11-23');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  for (let step = 0; step < 7; step++) await rateStepAndContinue(page);
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  const download = await saveCopy(page);
  const path = join(dir, `${index}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

/**
 * A plan's answers without the empty optional ones: loading saved answers fills those in ("", [], {}) in memory,
 * and the next save writes them, so a plan read straight from storage and one written after loading differ only
 * there.
 */
function answersGiven(value) {
  if (Array.isArray(value)) return value.length ? value.map(answersGiven) : undefined;
  if (value && typeof value === 'object') {
    const kept = Object.entries(value)
      .map(([key, inner]) => [key, answersGiven(inner)])
      .filter(([, inner]) => inner !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  }
  return value === '' ? undefined : value;
}

/** The level-1 heading's name as Chromium gives it to assistive technology (not Playwright's own computation). */
async function accessibleHeadingName() {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const heading = nodes.find((n) => n.role?.value === 'heading' && n.properties?.some((p) => p.name === 'level' && p.value.value === 1));
  return heading?.name?.value;
}

const focusedRadio = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return null;
    return { legend: element.closest('fieldset')?.querySelector('legend')?.textContent ?? '', checked: element.checked };
  });

/**
 * On the projector view, by keyboard only: back to step 1 with Page Up, Tab into each item's consensus and
 * arrow down to Model (each arrow records at once), start the timer with T, show names with N; then reload:
 * the timer is still running and the consensus is kept. Escape goes back to the room.
 */
async function recordConsensusOnTheProjector() {
  await page.getByRole('button', { name: 'Show the room on the projector' }).click();
  await page.getByRole('heading', { level: 1, name: /^Step \d of 7/ }).waitFor();
  for (let i = 0; i < 7; i++) await page.keyboard.press('PageUp');
  await page.getByRole('heading', { level: 1, name: /^Step 1 of 7/ }).waitFor();
  assert.equal(await accessibleHeadingName(), 'Step 1 of 7: Assess STEM-related needs');
  assert.match(page.url(), /\/room\/present\/needs$/);
  assert.equal(await page.getByRole('button', { name: 'Show names' }).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.getByText('Ana García').count(), 0, 'names are hidden by default');
  await expectNoAxeViolations(page, 'the room on the projector');

  const recorded = new Set();
  for (let presses = 0; recorded.size < 4 && presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const radio = await focusedRadio();
    if (!radio || recorded.has(radio.legend)) continue;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    recorded.add(radio.legend);
  }
  assert.equal(recorded.size, 4, 'every item of step 1 reached by Tab');
  const consensus = (await savedState(page)).state.room.consensus.needs;
  assert.deepEqual(Object.values(consensus), ['model', 'model', 'model', 'model']);

  await page.keyboard.press('t');
  await page.getByRole('button', { name: 'Pause timer' }).waitFor();
  await page.keyboard.press('n');
  assert.equal(await page.getByRole('button', { name: 'Show names' }).getAttribute('aria-pressed'), 'true');
  assert.ok((await page.getByText('Ana García').count()) > 0, 'names are shown on request');
  await expectNoAxeViolations(page, 'the room on the projector with names shown');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /^Step 1 of 7/ }).waitFor();
  await page.getByRole('button', { name: 'Pause timer' }).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Consensus for item 1\.1/ }).getByLabel('Model').isChecked(), true);
  await page.keyboard.press('t');
  await page.getByRole('button', { name: 'Start timer' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).waitFor();
}

test('three participants of one district, the same day: three files, three names in the room', async () => {
  const files = [];
  for (const [index, name] of PEOPLE.entries()) files.push(await participantSaves(name, index));
  page = context.pages()[0];
  for (const file of files) assert.match(file.name, /^(ana-garcia|ben-okafor)-rio-grande-isd-2026-\d{2}-\d{2}-\d{6}\.json$/);

  // The last participant's plan stays in this browser: it is the facilitator's own plan from here on.
  let ownPlan = (await savedState(page)).state;
  await page.getByRole('link', { name: /STEM Teacher Leadership Planner/ }).first().click();
  await page.getByRole('button', { name: 'Workshop room: individual, then team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).waitFor();
  await page.getByLabel('Plan files saved by participants').setInputFiles(files.map((f) => f.path));
  await page.getByText('Added 3 participants.').waitFor();
  const table = page.getByRole('table', { name: 'Participants (3)' });
  assert.equal(await table.getByRole('rowheader', { name: 'Ana García' }).count(), 2, 'two people named Ana García stay apart');
  assert.equal(await table.getByRole('rowheader', { name: 'Ben Okafor' }).count(), 1);

  await recordConsensusOnTheProjector();
  assert.deepEqual(answersGiven((await savedState(page)).state.steps), answersGiven(ownPlan.steps), 'the consensus did not touch the plan');

  await page.getByLabel('Name of this room (optional)').fill('Río Grande cohort');
  const [roomDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the room' }).click()]);
  assert.match(roomDownload.suggestedFilename(), /^stem-room-rio-grande-cohort-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const roomPath = join(dir, roomDownload.suggestedFilename());
  await roomDownload.saveAs(roomPath);

  // Reload, clear the room, and reopen it from the file.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Workshop room: individual, then team' }).waitFor();
  await page.getByRole('button', { name: 'Reset for the next group' }).waitFor();
  ownPlan = (await savedState(page)).state;
  assert.equal(ownPlan.room.participants.length, 3, 'the room survives a reload');
  await page.getByRole('button', { name: 'Reset for the next group' }).click();
  await page.getByRole('dialog', { name: 'Reset for the next group?' }).getByRole('button', { name: 'Reset without saving' }).click();
  await page.getByText('No participants yet. Add their files above.').waitFor();
  assert.deepEqual(answersGiven((await savedState(page)).state.steps), answersGiven(ownPlan.steps), 'the reset did not touch the plan');
  await page.getByLabel('Open a room').setInputFiles(roomPath);
  await page.getByText('The room file was opened.').waitFor();
  assert.equal(await page.getByRole('table', { name: 'Participants (3)' }).getByRole('row').count(), 4);
  assert.equal(await page.getByLabel('Name of this room (optional)').inputValue(), 'Río Grande cohort');

  // The consensus as a team plan: asked first (a plan is here), then Undo restores the plan as it was.
  await page.getByRole('button', { name: 'Use these consensus ratings as a team plan' }).click();
  await page.getByRole('dialog', { name: 'Replace the answers in this browser?' }).getByRole('button', { name: 'Replace with the team plan' }).click();
  await page.getByText('The consensus ratings are now the team plan in this browser.').waitFor();
  const teamPlan = (await savedState(page)).state;
  assert.deepEqual(Object.keys(teamPlan.steps), ['needs']);
  assert.equal(teamPlan.steps.needs.ratings.currentVsVision.level, 'model');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('stem-teacher-leadership-planner')).state.mode !== null);
  const restored = (await savedState(page)).state;
  assert.deepEqual(answersGiven(restored.steps), answersGiven(ownPlan.steps));
  assert.deepEqual(restored.profile, ownPlan.profile);
  assert.equal(restored.room.participants.length, 3);
});
