// Syntax colouring of the rule language for the editor: the text is drawn,
// coloured, in a <pre> under the textarea, whose own text is transparent, so
// the author types in a plain textarea (undo, selection, IME for Vietnamese
// all work) and sees colours. Hand-written, no library: the language is
// small. The keywords are those of src/syntax/grammar.cc.
'use strict';

const Highlight = (() => {
  // Words that begin a declaration, drawn bolder.
  const DECL = new Set(['plan', 'import', 'enum', 'unit', 'param', 'criterion', 'award',
                        'target', 'test', 'schedule']);
  const KEYWORDS = new Set([
    'achieved', 'after', 'all', 'and', 'any', 'at', 'authority', 'before', 'between', 'by',
    'count', 'cut', 'days', 'deadline', 'documents', 'dossier', 'due', 'eligible', 'else', 'end',
    'except', 'expect', 'false', 'final', 'for', 'given', 'if', 'in', 'kind', 'late', 'least',
    'leaves', 'list', 'midterm', 'missing', 'monthly', 'most', 'nine_months', 'no', 'not', 'of',
    'on', 'optional', 'or', 'ordered', 'other', 'out', 'period', 'quarterly', 'quota', 'rank',
    'ratio', 'requires', 'selects', 'six_months', 'source', 'sum', 'then', 'time', 'true',
    'undetermined', 'where', 'year', 'yearly']);
  // One token at a time: comment, string, number, word, anything else.
  const TOKEN = /(#.*)|("(?:[^"\\]|\\.)*"?)|(\d[\d.,_/]*%?)|([\p{L}_][\p{L}\p{N}_]*)|([^#"\d\p{L}_]+)/gu;
  const esc = s => s.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

  function line(src) {
    let out = '';
    for (const m of src.matchAll(TOKEN)) {
      if (m[1]) out += `<span class="com">${esc(m[1])}</span>`;
      else if (m[2]) out += `<span class="str">${esc(m[2])}</span>`;
      else if (m[3]) out += `<span class="num">${esc(m[3])}</span>`;
      else if (m[4] && DECL.has(m[4])) out += `<span class="kw decl">${m[4]}</span>`;
      else if (m[4] && KEYWORDS.has(m[4])) out += `<span class="kw">${m[4]}</span>`;
      else out += esc(m[0]);
    }
    return out;
  }

  // The HTML of `text`, a line per line; `marks` maps a line number (from
  // 1) to 'bad' or 'warn', drawn as a band behind the line.
  function render(text, marks) {
    return text.split('\n').map((l, i) => {
      const mark = marks[i + 1];
      return mark ? `<span class="line-${mark}">${line(l) || ' '}</span>` : line(l);
    }).join('\n') + '\n\n';
  }

  return { render };
})();
