// web/report.js outside the browser: the CSV the page hands out (RFC 4180,
// a byte-order mark for spreadsheet programs, and no cell a spreadsheet
// would run as a formula). node report_test.mjs SOURCE_DIR
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(`${process.argv[2]}/web/report.js`, 'utf8');
const context = { document: {}, URL: {}, Blob: class {}, setTimeout };
vm.runInNewContext(`${source}\nthis.Report = Report;`, context);
const { csv } = context.Report;

let failed = 0;
const expect = (actual, wanted, what) => {
  if (actual !== wanted) {
    failed++;
    console.error(`FAIL ${what}:\n  got    ${JSON.stringify(actual)}\n  wanted ${JSON.stringify(wanted)}`);
  }
};

expect(csv([['Mã', 'Tên'], ['DN-1', 'Công ty "Sao Mai", Bình Phước']]),
       '\ufeffMã,Tên\r\nDN-1,"Công ty ""Sao Mai"", Bình Phước"\r\n', 'quotes and commas');
expect(csv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a=b']]),
       '\ufeff"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),a=b\r\n',
       'formula-like texts are kept as text');
expect(csv([[-2, 0, 12.5, null, undefined]]), '\ufeff-2,0,12.5,,\r\n', 'numbers stay numbers');
expect(csv([['dòng 1\ndòng 2']]), '\ufeff"dòng 1\ndòng 2"\r\n', 'a line break inside a cell');

if (failed) process.exit(1);
console.log('report.js: 4 checks passed');
