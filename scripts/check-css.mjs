// Fails when a stylesheet in src/ has a block left open or closed twice. A lost "}" (for example in a merge)
// does not break the build: the rules after it silently become nested and stop applying.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function* cssFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* cssFiles(path);
    else if (entry.name.endsWith('.css')) yield path;
  }
}

const problems = [];
for (const file of cssFiles('src')) {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (text) => text.replace(/[{}]/g, ' '));
  const open = [];
  code.split('\n').forEach((line, index) => {
    for (const ch of line) {
      if (ch === '{') open.push(index + 1);
      else if (ch === '}' && open.pop() === undefined) problems.push(`${file}:${index + 1}: "}" with no block to close`);
    }
  });
  for (const line of open) problems.push(`${file}:${line}: block opened here is never closed`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
