// Makes the screenshots in docs/authoring.md with Debian's Chromium: `bash docs/images/make-screenshots.sh`.
// Expects the preview on 127.0.0.1:5080 and decap-server on localhost:8081 (the script starts both).
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../theme/admin/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const site = 'http://127.0.0.1:5080/';
const out = new URL('.', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.setDefaultTimeout(120000);

await page.goto(site + 'admin/', { waitUntil: 'domcontentloaded' });
await page.getByRole('button', { name: 'Login' }).click();
await page.getByText('(ru)').first().waitFor();
// The collection list shows before the first collection's entries: wait for the entries too.
await page.getByText('Loading Entries').waitFor({ state: 'detached' });
await page.locator('a[href*="/entries/"]').first().waitFor();
await page.screenshot({ path: out + 'admin-collections.png' });

await page.getByText('Киберқылмыскердің тұлғасы (kk)').click();
await page.getByText('Киберқылмыскердің портреті').first().click();
await page.locator('[contenteditable="true"]').first().waitFor();
await page.screenshot({ path: out + 'admin-section.png' });

await page.goto(site + 'kk/offender/portrait/', { waitUntil: 'load' });
await page.screenshot({ path: out + 'preview-section.png' });
await browser.close();
