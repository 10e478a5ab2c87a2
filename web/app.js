// The workbench page: talks to the JSON API of `thidua serve`
// (docs/workbench.md). No framework, no network beyond this server.
'use strict';

const T = {
  vi: {
    app: 'thidua — bàn làm việc', plan: 'Kế hoạch', print: 'In', editor: 'Quy tắc',
    format: 'Định dạng', units: 'Đơn vị và kết quả', sample: 'Tệp mẫu',
    upload: 'hoặc tải lên (CSV, JSON)', kind: 'Loại mặc định', evaluate: 'Xét',
    filter: 'Lọc', explain: 'Giải thích', explainHint: 'Bấm vào mã một đơn vị trong bảng.',
    tests: 'Kiểm thử', runTests: 'Chạy kiểm thử', select: 'Xét chọn khen thưởng',
    award: 'Hình thức', year: 'Năm', runSelect: 'Xét chọn', targets: 'Chỉ tiêu',
    runTargets: 'Tính chỉ tiêu', footer: 'Chạy trên máy này; không gửi dữ liệu ra ngoài.',
    switchTo: 'English', checking: 'Đang kiểm tra…', noErrors: 'Không có lỗi',
    errors: n => `${n} lỗi`, warnings: n => `${n} cảnh báo`, unit: 'Đơn vị', kindCol: 'Loại',
    row: 'Dòng', column: 'Cột', reason: 'Lý do', badRows: 'Dòng lỗi',
    unitsRead: (u, r) => `${u} đơn vị hợp lệ trên ${r} dòng`, criterion: 'Tiêu chí',
    passed: 'đạt', failed: 'không đạt', expected: 'mong đợi', actual: 'thực tế',
    testsSummary: (p, f) => `${p} đạt, ${f} không đạt`, diagCheck: 'Chẩn đoán mong đợi',
    outcome: 'Kết quả', rank: 'Thứ hạng', proposed: 'Đề nghị', eligible: 'Đủ điều kiện',
    selected: 'Được chọn', cap: 'Hạn mức', all: 'tất cả', value: 'Giá trị', goal: 'Mục tiêu',
    gap: 'Khoảng cách', status: 'Trạng thái', achieved: 'đạt', not_achieved: 'chưa đạt',
    undetermined: 'chưa xác định', noAwards: '(kế hoạch không có hình thức khen thưởng)',
    loading: 'Đang tải…', fixFirst: 'Sửa lỗi trong quy tắc trước.',
    exportCsv: 'Xuất CSV', exportJson: 'Xuất JSON', yes: 'có', name: 'Mã', label: 'Nội dung',
    source: 'Nguồn', unitsCount: 'Số đơn vị', matching: 'Số đạt', unknown: 'Chưa rõ',
    byGroup: 'Theo nhóm', newFile: '(tệp mới)', download: 'Tải tệp về',
    byKind: 'Chia theo', byNone: '— (cả kế hoạch)',
    tooLarge: 'Dữ liệu gửi lên quá lớn (tối đa 8 MiB); hãy chia nhỏ tệp.',
    offline: 'Không kết nối được với thidua serve (máy chủ đã dừng?).',
    reportMeta: (date, plan, data) => `Lập ngày ${date} từ tệp ${plan}` +
      (data ? `, dữ liệu ${data}` : '') + ' (thidua).',
  },
  en: {
    app: 'thidua — workbench', plan: 'Plan', print: 'Print', editor: 'Rules',
    format: 'Format', units: 'Units and verdicts', sample: 'Sample file',
    upload: 'or upload (CSV, JSON)', kind: 'Default kind', evaluate: 'Evaluate',
    filter: 'Filter', explain: 'Explanation', explainHint: 'Click a unit id in the table.',
    tests: 'Tests', runTests: 'Run tests', select: 'Award selection',
    award: 'Award', year: 'Year', runSelect: 'Select', targets: 'Targets',
    runTargets: 'Compute targets', footer: 'Runs on this machine; no data leaves it.',
    switchTo: 'Tiếng Việt', checking: 'Checking…', noErrors: 'No errors',
    errors: n => `${n} error(s)`, warnings: n => `${n} warning(s)`, unit: 'Unit', kindCol: 'Kind',
    row: 'Row', column: 'Column', reason: 'Reason', badRows: 'Rows in error',
    unitsRead: (u, r) => `${u} valid units of ${r} rows`, criterion: 'Criterion',
    passed: 'passed', failed: 'failed', expected: 'expected', actual: 'actual',
    testsSummary: (p, f) => `${p} passed, ${f} failed`, diagCheck: 'Expected diagnostics',
    outcome: 'Outcome', rank: 'Rank', proposed: 'Proposed', eligible: 'Eligible',
    selected: 'Selected', cap: 'Cap', all: 'all', value: 'Value', goal: 'Goal',
    gap: 'Gap', status: 'Status', achieved: 'achieved', not_achieved: 'not achieved',
    undetermined: 'undetermined', noAwards: '(the plan has no award)',
    loading: 'Loading…', fixFirst: 'Fix the errors in the rules first.',
    exportCsv: 'Export CSV', exportJson: 'Export JSON', yes: 'yes', name: 'Name', label: 'Label',
    source: 'Source', unitsCount: 'Units', matching: 'Matching', unknown: 'Unknown',
    byGroup: 'By group', newFile: '(new file)', download: 'Download file',
    byKind: 'Broken down by', byNone: '— (whole plan)',
    tooLarge: 'What was sent is too large (at most 8 MiB); split the file.',
    offline: 'Cannot reach thidua serve (has it stopped?).',
    reportMeta: (date, plan, data) => `Made on ${date} from ${plan}` +
      (data ? `, data ${data}` : '') + ' (thidua).',
  },
};

const state = { lang: 'vi', plan: null, summary: null, upload: null, verdicts: null,
                sort: { col: -1, dir: 1 }, reruns: {}, results: {} };
const $ = id => document.getElementById(id);
const t = key => T[state.lang][key];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e[k] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

// Replaces the children of `target`, as el() takes them: lists flattened,
// null left out (replaceChildren would show them as text).
function fill(target, ...children) {
  target.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined));
}

// The server's limit on a request body (docs/workbench.md). A larger one is
// refused here, before it is sent: the server would answer 413 only after
// the browser had pushed megabytes at it, or drop the connection.
const MAX_BODY = 8 << 20;

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(Object.assign({ lang: state.lang }, body)) };
  if (init.body && new TextEncoder().encode(init.body).length > MAX_BODY) {
    throw new Error(t('tooLarge'));
  }
  // A GET has no body to carry the page's language: the query does.
  const url = body !== undefined ? path
    : path + (path.includes('?') ? '&' : '?') + 'lang=' + state.lang;
  let res, data;
  try { res = await fetch(url, init); } catch (e) { throw new Error(t('offline')); }
  try { data = await res.json(); } catch (e) { data = { error: res.statusText }; }
  if (!res.ok) {
    // The server refuses an oversized body before it reads its language.
    const err = new Error(res.status === 413 ? t('tooLarge') : data.error || res.statusText);
    err.data = data;
    throw err;
  }
  return data;
}

function showError(target, err) {
  // A 400 says what to do in the page's language (docs/workbench.md).
  const hint = err.data && err.data.hint ? el('span', { class: 'hint' }, ' — ' + err.data.hint) : null;
  target.replaceChildren(el('p', { class: 'error' }, err.message, hint));
  if (err.data && err.data.diagnostics) showDiagnostics(err.data.diagnostics);
}

// ------------------------------------------------------------ language
function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  document.title = t('app');
  $('lang').textContent = t('switchTo');
  renderExports();
  updateMeta();
  check();
  for (const f of Object.values(state.reruns)) f();
}

// ------------------------------------------------------------ plans, editor
async function loadPlans() {
  const { plans } = await api('/api/plans');
  const sel = $('plan-select');
  sel.replaceChildren(...plans.map(p => el('option', { value: p.path }, p.path)),
    el('option', { value: NEW_FILE.path, 'data-i18n': 'newFile' }, t('newFile')));
  state.plans = plans;
  if (plans.length) await openPlan(plans[0].path);
}

// A new file starts from a small plan that checks clean; it lives only in
// the page (the server writes no file) until the author downloads it.
const NEW_FILE = {
  path: 'ke-hoach-moi.td', samples: [],
  text: `# Kế hoạch mới: thay tên, văn bản, đối tượng và tiêu chí bên dưới
# (docs/language.md, docs/authoring.md).

plan ke_hoach_moi "Kế hoạch mới" {
  source "Số hiệu văn bản, ngày ban hành"
  period 2026 .. 2030
}

unit don_vi "Đơn vị" {
  hoan_thanh: bool "Hoàn thành xuất sắc nhiệm vụ được giao"
}

criterion hoan_thanh_nhiem_vu for don_vi "Hoàn thành xuất sắc nhiệm vụ"
  source "Điều, khoản của văn bản"
  : hoan_thanh
`,
};

async function openPlan(path) {
  const { text } = path === NEW_FILE.path ? NEW_FILE
    : await api('/api/plan?path=' + encodeURIComponent(path));
  state.plan = path === NEW_FILE.path ? NEW_FILE : state.plans.find(p => p.path === path);
  state.reruns = {};
  state.results = {};
  state.summary = null;  // until this plan compiles: no title of the previous one
  $('plan-title').textContent = '';
  $('plan-source').textContent = '';
  renderExports();
  for (const id of ['verdicts', 'counts', 'bad-rows', 'explanation', 'tests', 'selection',
                    'targets', 'units-status']) $(id).replaceChildren();
  $('text').value = text;
  $('sample').replaceChildren(el('option', { value: '' }, '—'),
    ...state.plan.samples.map(s => el('option', { value: s }, s)));
  if (state.plan.samples.length) $('sample').value = state.plan.samples[0];
  updateEditor();
  updateMeta();
  await check();
}

// The margin's line numbers, marked where a diagnostic is, and the coloured
// copy of the text under the textarea.
function updateEditor(diags) {
  const text = $('text').value, lines = text.split('\n').length;
  const marks = {};
  for (const d of diags || state.diagnostics || []) {
    if (marks[d.line] !== 'bad') marks[d.line] = d.severity === 'error' ? 'bad' : 'warn';
  }
  const g = $('gutter');
  g.replaceChildren();
  for (let i = 1; i <= lines; i++) {
    g.append(marks[i] ? el('span', { class: marks[i] }, i) : String(i), '\n');
  }
  $('highlight').innerHTML = Highlight.render(text, marks);
  syncScroll();
}

function syncScroll() {
  const ta = $('text'), hl = $('highlight');
  $('gutter').scrollTop = ta.scrollTop;
  hl.scrollTop = ta.scrollTop;
  hl.scrollLeft = ta.scrollLeft;
}

function showDiagnostics(diags) {
  state.diagnostics = diags;
  $('diagnostics').replaceChildren(...diags.map(d => el('li', {
    class: d.severity, onclick: () => goToLine(d.line, d.column),
  }, `${d.line}:${d.column}: ${d.message}${d.hint ? ' — ' + d.hint : ''}`)));
  updateEditor(diags);
}

function goToLine(line, column) {
  const ta = $('text');
  const lines = ta.value.split('\n');
  let pos = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
  pos += Math.max(0, column - 1);
  ta.focus();
  ta.setSelectionRange(pos, pos);
  ta.scrollTop = Math.max(0, (line - 5) * 18.2);
}

let checkTimer = null, checkSeq = 0;
async function check() {
  if (!state.plan) return;
  const seq = ++checkSeq;
  $('check-status').textContent = t('checking');
  try {
    const r = await api('/api/check', { path: state.plan.path, text: $('text').value });
    if (seq !== checkSeq) return;
    showDiagnostics(r.diagnostics);
    const s = $('check-status');
    s.className = r.errors ? 'error' : 'ok';
    s.textContent = r.errors || r.warnings
      ? `${t('errors')(r.errors)}, ${t('warnings')(r.warnings)}` : t('noErrors');
    if (r.plan) showSummary(r.plan);
  } catch (e) {
    if (seq === checkSeq) $('check-status').textContent = e.message;
  }
}

function showSummary(plan) {
  state.summary = plan;
  $('plan-title').textContent = plan.title || plan.name;
  $('plan-source').textContent = plan.source;
  const award = $('award'), keep = award.value;
  award.replaceChildren(...plan.awards.map(a => el('option', { value: a.name }, a.label || a.name)));
  if (!plan.awards.length) award.append(el('option', { value: '' }, t('noAwards')));
  if (keep && plan.awards.some(a => a.name === keep)) award.value = keep;
  // Targets broken down by the units of a kind their units are within
  // (thidua report --by): any kind may be asked; one no unit is within
  // gives no parts.
  const by = $('by-kind'), keepBy = by.value;
  by.replaceChildren(el('option', { value: '', 'data-i18n': 'byNone' }, t('byNone')),
    ...plan.unit_kinds.map(k => el('option', { value: k }, k)));
  if (keepBy && plan.unit_kinds.includes(keepBy)) by.value = keepBy;
}

async function format() {
  try {
    const r = await api('/api/format', { path: state.plan.path, text: $('text').value });
    if (r.ok) $('text').value = r.text;
    showDiagnostics(r.diagnostics);
    check();
  } catch (e) { $('check-status').textContent = e.message; }
}

// ------------------------------------------------------------ units
async function unitsSpec() {
  const kind = $('kind').value.trim();
  if (state.upload) {
    const csv = state.upload.name.toLowerCase().endsWith('.csv');
    return { data: await state.upload.text, format: csv ? 'csv' : 'json', kind };
  }
  return { sample: $('sample').value, kind };
}

async function runRequest() {
  return { path: state.plan.path, text: $('text').value, units: await unitsSpec() };
}

async function evaluate() {
  state.reruns.evaluate = evaluate;
  $('units-status').textContent = t('loading');
  try {
    const r = await api('/api/evaluate', await runRequest());
    state.verdicts = r;
    state.results.verdicts = r;
    renderExports();
    updateMeta();
    $('units-status').textContent = t('unitsRead')(r.units.length, r.rows_read);
    renderCounts(r);
    renderVerdicts();
    renderBadRows(r.errors);
  } catch (e) { showError($('units-status'), e); }
}

function renderCounts(r) {
  const ids = ['eligible', 'not_eligible', 'undetermined', 'not_applicable'];
  $('counts').replaceChildren(el('table', { id: 'counts-table' },
    el('tr', {}, el('th', {}, t('criterion')), ids.map(v => el('th', {}, r.verdict_names[v]))),
    r.criteria.map(c => el('tr', {},
      el('td', {}, c.label || c.name, el('br'), el('span', { class: 'hint' }, c.source)),
      ids.map(v => el('td', { class: c.counts[v] ? v : '' }, c.counts[v]))))));
}

function renderVerdicts() {
  const r = state.verdicts;
  if (!r) return;
  const filter = $('filter').value.trim().toLowerCase();
  let rows = r.units.filter(u => !filter || u.id.toLowerCase().includes(filter) ||
                                 u.kind.toLowerCase().includes(filter));
  const { col, dir } = state.sort;
  if (col >= 0) {
    const key = u => col === 0 ? u.id : col === 1 ? u.kind : col === 2 ? u.row : u.verdicts[col - 3];
    rows = rows.slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * dir);
  }
  const sortBy = c => () => {
    state.sort = { col: c, dir: state.sort.col === c ? -state.sort.dir : 1 };
    renderVerdicts();
  };
  const heads = [t('unit'), t('kindCol'), t('row'), ...r.criteria.map(c => c.name)];
  fill($('verdicts'),
    el('tr', {}, heads.map((h, i) => el('th', { onclick: sortBy(i), title: i > 2 ? r.criteria[i - 3].label : '' },
      h, state.sort.col === i ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : ''))),
    rows.map(u => el('tr', {},
      el('td', {}, el('a', { class: 'unit', onclick: () => explain(u.id) }, u.id)),
      el('td', {}, u.kind), el('td', {}, u.row),
      u.verdicts.map(v => el('td', { class: v }, v === 'not_applicable' ? '' : r.verdict_names[v])))));
}

function renderBadRows(errors) {
  if (!errors.length) { $('bad-rows').replaceChildren(); return; }
  $('bad-rows').replaceChildren(el('h3', { class: 'error' }, `${t('badRows')} (${errors.length})`),
    el('table', {}, el('tr', {}, el('th', {}, t('row')), el('th', {}, t('column')), el('th', {}, t('reason'))),
      errors.map(e => el('tr', {}, el('td', {}, e.row), el('td', {}, e.column), el('td', {}, e.message)))));
}

// ------------------------------------------------------------ explanation
function tree(node) {
  return el('li', {},
    el('span', { class: 'status-' + node.status }, node.outcome ? `[${node.outcome}] ` : ''),
    node.text, node.source ? el('span', { class: 'source' }, ` (${node.source})`) : null,
    node.children.length ? el('ul', {}, node.children.map(tree)) : null);
}

async function explain(id) {
  state.reruns.explain = () => explain(id);
  try {
    const r = await api('/api/explain', Object.assign(await runRequest(), { id }));
    $('explanation').replaceChildren(el('h3', {}, `${r.id} (${r.kind})`),
      el('ul', { class: 'tree' }, r.explanations.map(tree)));
    $('explain-section').scrollIntoView({ behavior: 'smooth' });
  } catch (e) { showError($('explanation'), e); }
}

// ------------------------------------------------------------ tests
async function runTests() {
  state.reruns.tests = runTests;
  try {
    const r = await api('/api/tests', { path: state.plan.path, text: $('text').value });
    const item = x => el('li', { class: x.passed ? 'ok' : 'error' },
      `${x.passed ? '✓' : '✗'} ${x.title} (${t('row')} ${x.line})`,
      x.failures.length ? el('ul', {}, x.failures.map(f => el('li', {},
        `${f.subject}: ${t('expected')} ${f.expected}, ${t('actual')} ${f.actual}`,
        f.explanation ? el('pre', {}, f.explanation) : null))) : null);
    fill($('tests'),
      el('p', { class: r.failed ? 'error' : 'ok' }, t('testsSummary')(r.passed, r.failed)),
      r.diagnostics_check ? el('p', {}, t('diagCheck') + ':') : null,
      r.diagnostics_check ? el('ul', {}, item(r.diagnostics_check)) : null,
      el('ul', {}, r.tests.map(item)));
  } catch (e) { showError($('tests'), e); }
}

// ------------------------------------------------------------ selection
async function runSelect() {
  state.reruns.select = runSelect;
  try {
    const body = Object.assign(await runRequest(), { award: $('award').value });
    if ($('year').value) body.year = Number($('year').value);
    const r = await api('/api/select', body);
    state.results.selection = r;
    renderExports();
    updateMeta();
    $('selection').replaceChildren(
      el('h3', {}, r.label), el('p', {}, [r.authority, r.source].filter(Boolean).join(' — ')),
      el('table', { id: 'groups' },
        el('tr', {}, [t('kindCol'), t('proposed'), t('eligible'), t('selected'), t('cap')].map(h => el('th', {}, h))),
        r.groups.map(g => el('tr', {}, el('td', {}, g.kind), el('td', {}, g.candidates),
          el('td', {}, g.eligible), el('td', {}, g.selected), el('td', {}, g.cap < 0 ? t('all') : g.cap)))),
      el('table', { id: 'entries' },
        el('tr', {}, [t('unit'), t('kindCol'), t('outcome'), t('rank'), t('reason')].map(h => el('th', {}, h))),
        r.entries.map(e => el('tr', { class: e.selected ? 'selected' : '' },
          el('td', {}, e.id), el('td', {}, e.kind), el('td', {}, e.outcome_name),
          el('td', {}, e.rank || ''), el('td', {}, e.reason)))));
  } catch (e) { showError($('selection'), e); }
}

// ------------------------------------------------------------ targets
const statusClass = s => s === 'achieved' ? 'eligible' : s === 'not_achieved' ? 'not_eligible'
                                                      : 'undetermined';
// A bar of value against goal; `x` a target, or one of its `parts` when it
// is broken down by district (each a target of its own, with `group` and
// `group_name`; a part of a count target has a value and no bound).
const barRow = (x, label) => Object.assign(Report.measure(x), {
  label, achieved: x.status === 'achieved', title: `${label || x.label || x.name}: ${x.value} / ${x.bound}`,
});

async function runTargets() {
  state.reruns.targets = runTargets;
  try {
    const by = $('by-kind').value;
    const r = await api('/api/targets', Object.assign(await runRequest(), by ? { by } : {}));
    state.results.targets = r;
    renderExports();
    updateMeta();
    const grouped = r.targets.filter(x => Array.isArray(x.parts) && x.parts.length);
    fill($('targets'), el('table', { id: 'targets-table' },
      el('tr', {}, [t('targets'), t('status'), t('value'), t('goal'), t('gap'), ''].map(h => el('th', {}, h))),
      r.targets.map(x => el('tr', {},
        el('td', {}, x.label || x.name, el('br'), el('span', { class: 'hint' }, x.source)),
        el('td', { class: statusClass(x.status) }, t(x.status) || x.status),
        el('td', {}, x.value), el('td', {}, x.bound), el('td', {}, x.gap),
        el('td', {}, Report.bars([barRow(x)]))))),
      grouped.length ? el('h3', {}, t('byGroup')) : null,
      grouped.map(x => el('figure', { class: 'by-group' }, el('figcaption', {}, x.label || x.name),
        Report.bars(x.parts.map(g => barRow(g, g.group_name || g.group || '—')), 520))));
  } catch (e) { showError($('targets'), e); }
}

// ------------------------------------------------------------ export, print
// The rows of a result as a table for CSV, headings first.
function exportRows(what, r) {
  if (what === 'verdicts') {
    return [[t('unit'), t('kindCol'), t('row'), ...r.criteria.map(c => c.name)],
            ...r.units.map(u => [u.id, u.kind, u.row, ...u.verdicts.map(v => r.verdict_names[v])])];
  }
  if (what === 'selection') {
    return [[t('unit'), t('kindCol'), t('selected'), t('outcome'), t('rank'), t('reason')],
            ...r.entries.map(e => [e.id, e.kind, e.selected ? t('yes') : '', e.outcome_name,
                                   e.rank || '', e.reason])];
  }
  return [[t('name'), t('label'), t('source'), t('status'), t('value'), t('goal'), t('gap'),
           t('unitsCount'), t('matching'), t('unknown')],
          ...r.targets.map(x => [x.name, x.label, x.source, t(x.status) || x.status, x.value,
                                 x.bound, x.gap, x.units, x.matching, x.unknown])];
}

function renderExports() {
  for (const span of document.querySelectorAll('.export')) {
    const what = span.dataset.what, r = state.results[what];
    const name = `${(state.summary && state.summary.name) || 'thidua'}-${what}`;
    span.replaceChildren(...['csv', 'json'].map(f => el('button', {
      type: 'button', class: 'export-' + f,
      onclick: () => Report.save(name, f, exportRows(what, state.results[what]), state.results[what]),
    }, t(f === 'csv' ? 'exportCsv' : 'exportJson'))));
    for (const b of span.children) b.disabled = !r;
  }
}

// The line under the title in the printed report: when, from which file and data.
function updateMeta() {
  if (!state.plan) return;
  const data = state.upload ? state.upload.name : $('sample').value;
  const date = new Date().toLocaleDateString(state.lang === 'vi' ? 'vi-VN' : 'en-GB');
  $('report-meta').textContent = t('reportMeta')(date, state.plan.path, data);
}

// ------------------------------------------------------------ wiring
$('plan-select').onchange = e => openPlan(e.target.value);
// The text as edited, as a file: the way to keep edits (and a new plan).
$('download').onclick = () => Report.download(state.plan.path.split('/').pop(),
                                              'text/plain;charset=utf-8', $('text').value);
$('lang').onclick = () => { state.lang = state.lang === 'vi' ? 'en' : 'vi'; applyLanguage(); };
$('print').onclick = () => window.print();
$('format').onclick = format;
$('text').oninput = () => { updateEditor(); clearTimeout(checkTimer); checkTimer = setTimeout(check, 400); };
$('text').onscroll = syncScroll;
$('evaluate').onclick = evaluate;
$('filter').oninput = renderVerdicts;
$('run-tests').onclick = runTests;
$('run-select').onclick = runSelect;
$('run-targets').onclick = runTargets;
$('upload').onchange = e => {
  const f = e.target.files[0];
  // The text is kept as a promise, set at once: a click that follows the
  // choice of a large file must send that file, not the one before it.
  state.upload = f ? { name: f.name, text: f.text() } : null;
  updateMeta();
};
$('sample').onchange = () => { state.upload = null; $('upload').value = ''; updateMeta(); };
$('year').value = new Date().getFullYear();
loadPlans().catch(e => { $('check-status').textContent = e.message; });
