// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { launchBrowser } from '../tests/browser/chromium.mjs';
const [url, out, width = '1280', height = '900'] = process.argv.slice(2);
const context = await launchBrowser({ viewport: { width: Number(width), height: Number(height) } });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await context.close();
