// Walks the workbench page in a real browser (Debian's headless Chromium,
// driven by playwright-core), as a rule author would: open the Bình Phước
// plan, break a line and see the diagnostic there, load the sample units,
// open an explanation, run the selection, see the targets, export, switch
// language. Every step asserts on what the page shows (text in the DOM),
// compared with what the JSON API answers for the same request, and saves a
// screenshot in OUT_DIR.
//
// usage: node walk.mjs THIDUA_BINARY SOURCE_DIR OUT_DIR
// Exit 0 all steps passed, 1 a step failed, 77 (ctest: skipped) when
// Chromium or playwright-core is missing outside CI (scripts/install-deps.sh
// installs both; in CI, CI=true, a missing browser is a failure).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [binary, source, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.THIDUA_CHROMIUM || '/usr/bin/chromium';
const PLAN = 'binh-phuoc-192-2022/plan.td';
const WAIT = 60000;  // the shared build machine can be slow

function missing(what) {
  console.error(`walk: ${what} is missing; run scripts/install-deps.sh`);
  process.exit(process.env.CI ? 1 : 77);
}
if (!existsSync(CHROMIUM)) missing(CHROMIUM);
let chromium;
try {
  ({ chromium } = createRequire(import.meta.url)('playwright-core'));
} catch (e) {
  missing('playwright-core (npm ci in tests/browser)');
}

let failures = 0, step = 0;
function expect(cond, what) {
  console.log(`${cond ? 'ok' : 'FAIL'}: ${what}`);
  if (!cond) failures++;
}

// Starts `thidua serve` on a free port; resolves to its address.
function startServer() {
  const server = spawn(binary, ['serve', '--rules', join(source, 'rules'), '--port', '0'],
                       { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', chunk => {
      out += chunk;
      const m = out.match(/http:\/\/[0-9.]+:\d+\//);
      if (m) resolve({ server, base: m[0].replace(/\/$/, '') });
    });
    server.on('exit', code => reject(new Error(`thidua serve exited (${code}): ${out}`)));
  });
}

async function api(base, path, body) {
  const res = await fetch(base + path, body && {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });  // no screenshot of an earlier run
  mkdirSync(outDir, { recursive: true });
  const { server, base } = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT);
    const jsErrors = [];
    page.on('pageerror', e => jsErrors.push(e.message));
    // The 413 of the oversized upload is expected; any other failure is not.
    page.on('console', m => {
      if (m.type() === 'error' && !m.text().includes('status of 413')) jsErrors.push(m.text());
    });
    // Nothing but this server: the page must work with no internet.
    const foreign = [];
    page.on('request', r => { if (!r.url().startsWith(base)) foreign.push(r.url()); });
    const shot = async (name, locator) => {
      const file = join(outDir, `${String(++step).padStart(2, '0')}-${name}.png`);
      // Without a locator: the top of the page, wherever it is scrolled to.
      if (locator) await locator.screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 900 } });
      console.log(`screenshot: ${file}`);
    };
    const text = async sel => (await page.locator(sel).innerText()).trim();
    try {
      await walk(page, base, text, shot);
    } finally {
      expect(jsErrors.length === 0, `no script errors in the page: ${jsErrors.join(' | ')}`);
      expect(foreign.length === 0, `no request leaves the server: ${foreign.join(' ')}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`${step} steps, ${failures} failure(s)`);
  process.exit(failures ? 1 : 0);
}

async function walk(page, base, text, shot) {
  const vi = (path, body) => api(base, path, Object.assign({ path: PLAN, lang: 'vi' }, body));
  const planText = readFileSync(join(source, 'rules', PLAN), 'utf8');

  // 1. Open the Bình Phước plan: title, source, no errors, Vietnamese.
  await page.goto(base + '/');
  await page.selectOption('#plan-select', PLAN);
  await page.waitForFunction(p => document.getElementById('text').value.includes(p),
                             'plan binh_phuoc_192');
  await page.waitForFunction(() => document.getElementById('check-status').className === 'ok');
  const check = await vi('/api/check', { text: planText });
  expect(await text('#plan-title') === check.plan.title, `plan title: ${await text('#plan-title')}`);
  expect(await text('#plan-source') === check.plan.source, 'plan source shown');
  expect(await text('#check-status') === 'Không có lỗi', 'Vietnamese by default: "Không có lỗi"');
  expect(await page.getAttribute('html', 'lang') === 'vi', '<html lang="vi">');
  expect(await page.locator('#highlight .kw').count() > 50, 'the editor highlights keywords');
  await shot('plan');

  // 2. Introduce an error as the author types: the diagnostic appears at its
  // line, in the list and in the margin, from the same checker.
  const marker = 'criterion commune_ntm_level for commune';
  const offset = planText.indexOf(marker) + marker.length;
  const line = planText.slice(0, offset).split('\n').length;
  await page.evaluate(pos => {
    const ta = document.getElementById('text');
    ta.focus();
    ta.setSelectionRange(pos, pos);
  }, offset);
  await page.keyboard.type('x');
  await page.waitForSelector('#diagnostics li.error');
  const broken = planText.slice(0, offset) + 'x' + planText.slice(offset);
  const brokenCheck = await vi('/api/check', { text: broken });
  const diag = brokenCheck.diagnostics[0];
  expect(diag.line === line, `the checker puts the error on line ${line}`);
  const first = await text('#diagnostics li.error >> nth=0');
  expect(first.startsWith(`${line}:${diag.column}: ${diag.message}`), `diagnostic shown: ${first}`);
  expect(await page.locator('#diagnostics li').count() === brokenCheck.diagnostics.length,
         `every diagnostic listed (${brokenCheck.diagnostics.length})`);
  expect(await page.locator(`#gutter .bad:text-is("${line}")`).count() === 1,
         `line ${line} is marked in the margin`);
  expect((await text('#check-status')).startsWith(`${brokenCheck.errors} lỗi`),
         `status: ${await text('#check-status')}`);
  await page.locator('#diagnostics li.error').first().click();
  await shot('error-at-line');
  await page.keyboard.press('End');
  await page.evaluate(pos => document.getElementById('text').setSelectionRange(pos, pos), offset + 1);
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => document.getElementById('check-status').className === 'ok');
  expect(await page.locator('#diagnostics li').count() === 0, 'fixed: the diagnostics are gone');

  // 3. Load the sample units: counts per criterion and verdict.
  await page.selectOption('#sample', 'units.jsonl');
  await page.click('#evaluate');
  await page.waitForSelector('#counts-table');
  const ev = await vi('/api/evaluate', { units: { sample: 'units.jsonl' } });
  expect(await text('#units-status') === `${ev.units.length} đơn vị hợp lệ trên ${ev.rows_read} dòng`,
         `units read: ${await text('#units-status')}`);
  const rows = await page.locator('#counts-table tr').count();
  expect(rows === ev.criteria.length + 1, `a count row per criterion (${rows - 1})`);
  const c0 = ev.criteria[0];
  const cells = await page.locator('#counts-table tr').nth(1).locator('td').allInnerTexts();
  expect(cells.slice(1).join(' ') === ['eligible', 'not_eligible', 'undetermined', 'not_applicable']
    .map(v => c0.counts[v]).join(' '), `counts of ${c0.name}: ${cells.slice(1).join(' ')}`);
  const heads = await page.locator('#counts-table th').allInnerTexts();
  expect(heads.includes(ev.verdict_names.eligible), `verdict names in Vietnamese: ${heads}`);
  expect(await page.locator('#verdicts tr').count() === ev.units.length + 1, 'a row per unit');
  await shot('verdicts');

  // An upload with a bad row: the row is listed with its reason.
  const upload = 'kind,id,contribution\nenterprise,DN-X1,300000000\nnosuchkind,X-2,1\n';
  await page.setInputFiles('#upload', { name: 'mine.csv', mimeType: 'text/csv',
                                         buffer: Buffer.from(upload) });
  await page.click('#evaluate');
  await page.waitForSelector('#bad-rows h3');
  const up = await vi('/api/evaluate', { units: { data: upload, format: 'csv' } });
  const bad = await page.locator('#bad-rows tr').nth(1).locator('td').allInnerTexts();
  expect(bad.join('|') === [up.errors[0].row, up.errors[0].column, up.errors[0].message].join('|'),
         `uploaded bad row listed: ${bad.join(' | ')}`);
  await shot('upload-bad-row', page.locator('#units-section'));
  // A file larger than the server takes: said so, in the page's language.
  await page.setInputFiles('#upload', { name: 'big.csv', mimeType: 'text/csv',
                                         buffer: Buffer.alloc(9 << 20, 'a') });
  await page.click('#evaluate');
  await page.waitForFunction(() => document.querySelector('#units-status .error'));
  expect((await text('#units-status')).startsWith('Dữ liệu gửi lên quá lớn'),
         `an oversized upload: ${await text('#units-status')}`);
  await page.selectOption('#sample', 'units.jsonl');
  await page.dispatchEvent('#sample', 'change');
  await page.click('#evaluate');
  await page.waitForFunction(n => document.querySelectorAll('#verdicts tr').length === n,
                             ev.units.length + 1);

  // 4. The explanation of one enterprise, citing the plan's clauses.
  await page.click('#verdicts a.unit:text-is("DN-003")');
  await page.waitForSelector('#explanation h3');
  const ex = await vi('/api/explain', { units: { sample: 'units.jsonl' }, id: 'DN-003' });
  const shown = await text('#explanation');
  expect(shown.startsWith('DN-003'), 'explanation of DN-003');
  expect(shown.includes(ex.explanations[0].text) && shown.includes(ex.explanations[0].source),
         `the first criterion and its clause: ${ex.explanations[0].source}`);
  expect(await page.locator('#explanation li').count() >= ex.explanations.length,
         'a node per criterion at least');
  await shot('explanation', page.locator('#explain-section'));

  // 5. The selection on the candidates of 2024: quota and ratio cuts.
  await page.selectOption('#sample', 'candidates-2024.jsonl');
  await page.selectOption('#award', 'chairman_merit_yearly');
  await page.fill('#year', '2024');
  await page.click('#run-select');
  await page.waitForSelector('#entries');
  const sel = await vi('/api/select', { units: { sample: 'candidates-2024.jsonl' },
                                        award: 'chairman_merit_yearly', year: 2024 });
  const cut = sel.entries.find(e => e.outcome === 'cut_by_quota');
  const row = await page.locator(`#entries tr:has(td:text-is("${cut.id}"))`).innerText();
  expect(row.includes(cut.outcome_name) && row.includes(cut.reason),
         `${cut.id} cut by the quota: ${row.replace(/\s+/g, ' ')}`);
  expect(await page.locator('#entries tr.selected').count() ===
         sel.entries.filter(e => e.selected).length, 'selected rows marked');
  const ent = sel.groups.find(g => g.kind === 'enterprise');
  const grow = await page.locator('#groups tr:has(td:text-is("enterprise"))').allInnerTexts();
  expect(grow[0].split(/\s+/).join(' ') ===
         `enterprise ${ent.candidates} ${ent.eligible} ${ent.selected} ${ent.cap}`,
         `enterprises against the cap: ${grow[0].replace(/\s+/g, ' ')}`);
  await shot('selection', page.locator('#select-section'));

  // 6. Targets: value against goal, drawn as bars.
  await page.selectOption('#sample', 'units.jsonl');
  await page.click('#run-targets');
  await page.waitForSelector('#targets-table');
  const tg = await vi('/api/targets', { units: { sample: 'units.jsonl' } });
  const trows = await page.locator('#targets-table tr').allInnerTexts();
  expect(trows.length === tg.targets.length + 1 &&
         tg.targets.every((x, i) => trows[i + 1].includes(x.gap)), 'targets with their gaps');
  expect(await page.locator('#targets svg rect.value').count() >= tg.targets.length,
         'a bar of value against goal per target');
  // Broken down by district: a figure per target that has parts, a bar per district.
  await page.selectOption('#by-kind', 'district');
  await page.click('#run-targets');
  await page.waitForSelector('#targets figure.by-group');
  const tgBy = await vi('/api/targets', { units: { sample: 'units.jsonl' }, by: 'district' });
  const withParts = tgBy.targets.filter(x => x.parts && x.parts.length);
  const figures = page.locator('#targets figure.by-group');
  expect(withParts.length > 0 && await figures.count() === withParts.length &&
         await figures.first().locator('svg rect.value').count() === withParts[0].parts.length &&
         (await figures.first().innerText()).includes(withParts[0].parts[0].group_name),
         `targets by district: ${withParts.length} figures, ${withParts[0]?.parts.length} districts`);
  await shot('targets', page.locator('#targets-section'));

  // 7. Export what the page shows: the verdicts as CSV, the selection as JSON.
  const save = async sel => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(sel)]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };
  const csv = await save('.export[data-what="verdicts"] .export-csv');
  const lines = csv.text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(csv.name === `${check.plan.name}-verdicts.csv`, `CSV file name: ${csv.name}`);
  expect(lines.length === ev.units.length + 1 && lines[0].startsWith('Đơn vị,Loại,Dòng,') &&
         lines[1] === [ev.units[0].id, ev.units[0].kind, ev.units[0].row,
                       ...ev.units[0].verdicts.map(v => ev.verdict_names[v])].join(','),
         `CSV: a heading and a line per unit: ${lines[1]}`);
  const json = JSON.parse((await save('.export[data-what="selection"] .export-json')).text);
  expect(json.award === 'chairman_merit_yearly' && json.entries.length === sel.entries.length,
         'JSON of the selection');

  // 8. Switch to English: the page and the server's messages.
  await page.click('#lang');
  await page.waitForFunction(() => document.getElementById('check-status').textContent === 'No errors');
  expect(await page.getAttribute('html', 'lang') === 'en', '<html lang="en">');
  expect(await text('h1') === 'thidua — workbench', `title: ${await text('h1')}`);
  expect(await text('#lang') === 'Tiếng Việt', 'the switch offers Vietnamese back');
  const selEn = await api(base, '/api/select', { path: PLAN, lang: 'en', award: 'chairman_merit_yearly',
    year: 2024, units: { sample: 'units.jsonl' } });
  const anyEn = selEn.entries[0];
  await page.waitForFunction(n => document.getElementById('entries')?.innerText.includes(n),
                             anyEn.outcome_name);
  expect(true, `selection re-run in English: "${anyEn.outcome_name}"`);
  const untranslated = await page.evaluate(() => [...document.querySelectorAll('[data-i18n]')]
    .filter(e => /[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳđ]/i.test(e.textContent))
    .map(e => e.dataset.i18n));
  expect(untranslated.length === 0, `every label is in English: ${untranslated}`);
  const [viKeys, enKeys] = await page.evaluate(() => [T.vi, T.en].map(o => Object.keys(o).sort().join()));
  expect(viKeys === enKeys, 'every string of the page in both languages');
  await shot('english');

  // Every plan of the rules folder opens without an error in the page and
  // with the checker's verdict on it.
  for (const { path } of (await api(base, '/api/plans')).plans) {
    await page.selectOption('#plan-select', path);
    const want = await api(base, '/api/check', { path, lang: 'en' });
    const title = want.plan ? want.plan.title || want.plan.name : '';
    const opened = await page.waitForFunction(([ok, title]) =>
      document.getElementById('check-status').className === ok &&
      document.getElementById('plan-title').textContent === title, [want.errors ? 'error' : 'ok', title],
      { timeout: 20000 }).then(() => true, () => false);
    expect(opened, `${path} opens: "${title}", ${await text('#check-status')}`);
  }
  // A new file: a starter plan that checks clean, edited in the page, kept
  // by downloading it (the server writes no file).
  await page.selectOption('#plan-select', 'ke-hoach-moi.td');
  await page.waitForFunction(() => document.getElementById('plan-title').textContent === 'Kế hoạch mới');
  expect(await text('#check-status') === 'No errors', `a new file checks clean: ${await text('#check-status')}`);
  await page.fill('#text', (await page.inputValue('#text')) +
    '\ncriterion them for don_vi "Thêm": hoan_thanh and khong_co\n');
  await page.waitForFunction(() => document.getElementById('check-status').className === 'error');
  const newDiag = await text('#diagnostics');
  expect(/^17:\d+: .*khong_co/.test(newDiag), `the new file's error at its line: ${newDiag}`);
  const saved = await save('#download');
  expect(saved.name === 'ke-hoach-moi.td' && saved.text === await page.inputValue('#text'),
         `download keeps the edits: ${saved.name}, ${saved.text.length} bytes`);
  await shot('new-file');

  await page.selectOption('#plan-select', PLAN);
  await page.waitForFunction(p => document.getElementById('text').value.includes(p),
                             'plan binh_phuoc_192');

  // 9. The printed report (in English now): headed with the plan's title and source, no editor.
  await page.emulateMedia({ media: 'print' });
  expect(!(await page.isVisible('#editor-section')) && !(await page.isVisible('#run-select')),
         'print hides the editor and the buttons');
  expect(await page.isVisible('#plan-title') && (await text('#report-meta')).includes(PLAN),
         `print heading: ${await text('#report-meta')}`);
  expect(!(await page.isVisible('#tests-section')), 'print leaves out what was not run (tests)');
  await shot('print');
  await page.pdf({ path: join(outDir, 'report.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
}

main().catch(e => { console.error(e); process.exit(1); });
