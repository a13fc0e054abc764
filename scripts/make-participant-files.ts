// Writes sample participants' plan files for the room's browser test and bench.
// Usage: tsx scripts/make-participant-files.ts <dir> <count>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleParticipantFiles } from '../src/features/workshop/room/sample-room';

const [dir = '/tmp/participants', count = '3'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
for (const file of sampleParticipantFiles(Number(count))) writeFileSync(join(dir, file.fileName), file.text);
console.log(`Wrote ${count} participant files to ${dir}`);
