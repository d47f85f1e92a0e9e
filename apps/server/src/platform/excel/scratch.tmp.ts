import { buildTemplate } from './build-template';
import { inspectXlsx } from './inspect-xlsx';
import { readZipDirectory } from './zip-directory';
import { readRows } from './read-rows';
import ExcelJS from 'exceljs';
const spec = { title: '企业信息导入模板', sheetName: '企业信息', instructions: ['x'], maxRows: 10000, maxBytes: 10*1024*1024,
 columns: [
  { key: 'name', header: '企业名称', required: true, kind: 'text' as const },
  { key: 'code', header: '统一社会信用代码', required: true, kind: 'code' as const, note: '18位，字母大写' },
  { key: 'staff', header: '职工人数', required: false, kind: 'integer' as const },
  { key: 'cap', header: '注册资本（万元）', required: false, kind: 'decimal' as const },
  { key: 'date', header: '成立日期', required: false, kind: 'date' as const },
  { key: 'scale', header: '企业规模', required: false, kind: 'dict' as const, options: [{value:'L',label:'大型'},{value:'M',label:'中型'}] },
 ]};
let t = Date.now();
const buf = await buildTemplate(spec);
console.log('build ms', Date.now()-t, 'bytes', buf.length);
const d = readZipDirectory(buf);
for (const e of d.entries) console.log(e.name, e.compressedSize, e.uncompressedSize, (e.uncompressedSize/Math.max(1,e.compressedSize)).toFixed(1));
console.log(inspectXlsx(buf, { maxBytes: 1e7 }));
t = Date.now();
const wb = new ExcelJS.Workbook(); await wb.xlsx.load(buf);
const ws = wb.worksheets[0];
for (let i = 0; i < 10000; i++) { const r = ws.getRow(i + 2); r.getCell(1).value = '企业' + i; r.getCell(2).value = '91621122MA71AB' + String(i).padStart(4,'0'); r.getCell(3).value = i; r.getCell(4).value = i * 1.5; r.getCell(5).value = new Date(Date.UTC(2020,0,1)); r.getCell(6).value = '大型'; }
const filled = Buffer.from(await wb.xlsx.writeBuffer());
console.log('fill ms', Date.now()-t, filled.length);
console.log(inspectXlsx(filled, { maxBytes: 1e7 }));
t = Date.now();
const res = await readRows(filled, spec);
console.log('read ms', Date.now()-t, res.rows.length, res.problems.slice(0,3), res.rows[0], res.rows[9999]);
