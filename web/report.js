// What the page hands out: CSV and JSON files of its results, and bar
// charts of value against goal (inline SVG, so they print and need no
// library).
'use strict';

const Report = (() => {
  const cell = v => {
    let s = v === null || v === undefined ? '' : String(v);
    // A text a spreadsheet would run as a formula (=, +, -, @ first: a
    // unit's name from an uploaded file, say) is kept as text.
    if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  // RFC 4180 with a byte-order mark: spreadsheet programs then read the
  // Vietnamese letters as UTF-8.
  const csv = rows => '\ufeff' + rows.map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';

  function download(name, type, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // `table` is a list of rows, the first the headings; `data` the API's answer.
  function save(base, format, table, data) {
    if (format === 'csv') download(base + '.csv', 'text/csv;charset=utf-8', csv(table));
    else download(base + '.json', 'application/json', JSON.stringify(data, null, 2) + '\n');
  }

  // A target's value and goal as numbers of units, from the API's strings:
  // bound "≥ 10" (a count), "≥ 40%" or "100%" (a share of `units`), or none
  // (a part of a count target: no goal of its own).
  function measure(x) {
    const num = s => parseFloat(String(s).replace(/[^0-9.,]/g, '').replace(',', '.'));
    const count = s => String(s).includes('%') ? num(s) * x.units / 100 : num(s);
    const goal = x.bound ? count(x.bound) : NaN;
    const value = Number.isFinite(x.matching) ? x.matching : count(x.value);
    return { value, goal: Number.isFinite(goal) ? goal : null };
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Horizontal bars: rows of {label, value, goal, achieved, title}, one bar
  // each, scaled to the largest of values and goals, the goal a dark tick.
  // One row without a label for a target; a row per group (district) when
  // the target is broken down.
  function bars(rows, width = 260) {
    const labelW = rows.some(r => r.label) ? 140 : 0, barW = width - labelW - 50, h = 18;
    const max = Math.max(1, ...rows.map(r => Math.max(r.value || 0, r.goal || 0)));
    const root = svg('svg', { class: 'bars', width, height: rows.length * h + 4,
                              viewBox: `0 0 ${width} ${rows.length * h + 4}`, role: 'img' });
    rows.forEach((r, i) => {
      const y = i * h + 2, x0 = labelW, scale = v => (barW * Math.max(0, v || 0)) / max;
      const g = svg('g', {});
      g.append(svg('title', {}, r.title || `${r.label || ''} ${r.value} / ${r.goal}`.trim()));
      if (r.label) g.append(svg('text', { x: labelW - 4, y: y + 12, 'text-anchor': 'end' }, r.label));
      g.append(svg('rect', { class: 'track', x: x0, y: y + 2, width: barW, height: h - 6 }));
      const tone = r.achieved ? ' achieved' : r.goal === null ? ' neutral' : '';
      g.append(svg('rect', { class: 'value' + tone, x: x0, y: y + 2,
                             width: scale(r.value), height: h - 6 }));
      const round = v => String(Math.round(v * 10) / 10);
      if (r.goal !== null) {
        const gx = x0 + scale(r.goal);
        g.append(svg('line', { class: 'goal', x1: gx, x2: gx, y1: y, y2: y + h - 2 }));
      }
      g.append(svg('text', { x: x0 + barW + 4, y: y + 12 },
                   r.goal === null ? round(r.value) : `${round(r.value)}/${round(r.goal)}`));
      root.append(g);
    });
    return root;
  }

  return { save, measure, bars, csv, download };
})();
