/**
 * Prints the localStorage entry ({ key, value }) of a saved full plan: every field at its maximum length
 * (default), or with typical answers (`--typical`); `--with-room` adds a workshop room of three
 * participants who rated differently. `npm run bench` and the screenshot tests put it in localStorage.
 * The state itself is built by tests/fixtures/filled-state.ts.
 *
 * Run: npx tsx scripts/max-length-state.ts [--typical] [--with-room] > entry.json
 */
import { RATINGS } from '../src/content/levels';
import { STEP_IDS, stepContent } from '../src/stages/stage-list';
import { PERSIST_VERSION, STORAGE_KEY, sanitizePersistedState } from '../src/store/persisted-state';
import { filledState } from '../tests/fixtures/filled-state';

let state = filledState(process.argv.includes('--typical') ? 'typical' : 'max');
if (process.argv.includes('--with-room')) {
  const names = ['Ana Martínez', 'Ben Okafor', 'Chen Wei'];
  const participants = names.map((name, p) => ({
    id: `room-${p}`,
    participantId: `participant-${p}`,
    name,
    organisation: 'Riverside Unified School District',
    group: `Table ${p + 1}`,
    team: '',
    fileName: `participant-${p}.json`,
    contentHash: `hash-${p}`,
    ratings: Object.fromEntries(
      STEP_IDS.map((step, s) => [
        step,
        Object.fromEntries(stepContent(step).items.map((item, i) => [item.id, RATINGS[(s + i + p * (i % 3)) % RATINGS.length]])),
      ]),
    ),
  }));
  state = sanitizePersistedState({ ...state, room: { name: 'Riverside workshop, November', participants, consensus: {} } });
  if (state.room.participants.length !== names.length) throw new Error('The saved-data checks dropped the room; update this script.');
}
process.stdout.write(JSON.stringify({ key: STORAGE_KEY, value: JSON.stringify({ state, version: PERSIST_VERSION }) }));
