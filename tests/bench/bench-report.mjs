// The benchmark's output: a table on the terminal, tests/bench/results.json (one entry per
// figure row, with the machine and the date) and tests/bench/RESULTS.md, the table
// docs/benchmarks.md links to.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load: os.loadavg()[0].toFixed(2),
  };
}

export function machineLine(m) {
  return `${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}, load ${m.load} at start`;
}

const num = (x) => {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  if (Math.abs(x) >= 1) return x.toFixed(2);
  return x.toFixed(3);
};
const withUnit = (x, unit) => (x === null || x === undefined ? '—' : `${num(x)} ${unit}`);
const ratioOf = (r) => (r.ratio === null || r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`);
const metOf = (r) => (r.met === true ? '✓' : r.met === false ? '✗' : '—');

function cells(r) {
  return [
    String(r.figure),
    r.name,
    r.value === null ? (r.note ?? 'not measured') : withUnit(r.value, r.unit),
    r.p50 === undefined ? '' : withUnit(r.p50, r.unit),
    r.cpu === undefined ? '' : withUnit(r.cpu, 'ms'),
    withUnit(r.floor, r.unit),
    ratioOf(r),
    r.goal ?? '—',
    metOf(r),
  ];
}

export function printTable(results, head) {
  const rows = results.map(cells);
  const header = ['fig', 'figure', 'value', 'p50', 'cpu', 'floor', 'ratio', 'goal', 'met'];
  const widths = header.map((h, i) => Math.min(i === 1 ? 78 : 40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r) => r.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  process.stdout.write(`\n${head}\n\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

function markdown(report) {
  const { machine: m, date, database, results, seconds } = report;
  const lines = [
    '# chitieu benchmark results',
    '',
    `Measured ${date} by \`npm run bench\` (${seconds} s) on ${machineLine(m)}.`,
    `Database: ${database}.`,
    '',
    "Each figure beside its floor, measured in the same run; ratio = value ÷ floor. cpu: the server's CPU time per query (from /proc),",
    'which other load on the machine does not inflate. See docs/benchmarks.md, "Benchmarks", for what each floor is.',
    '',
    '| fig | figure | value | p50 | cpu | floor | ratio | goal | met |',
    '|---|---|---:|---:|---:|---:|---:|---|:-:|',
    ...results.map(
      (r) =>
        `| ${cells(r)
          .map((c) => c.replace(/\|/g, '\\|'))
          .join(' | ')} |`,
    ),
    '',
  ];
  const notes = results.filter((r) => r.note && r.value !== null);
  if (notes.length) lines.push('Notes:', '', ...notes.map((r) => `- ${r.name}: ${r.note}`), '');
  for (const r of results.filter((x) => x.detail)) {
    lines.push(
      `The costliest accepted analyst queries (server CPU / wall p50, ms): ${r.detail.map((d) => `${d.name} ${num(d.cpu)} / ${num(d.p50)}`).join('; ')}.`,
      '',
    );
    if (r.refused?.length) lines.push(`Refused by the limits, as they should be: ${r.refused.join('; ')}.`, '');
  }
  return lines.join('\n');
}

export function writeReport(report) {
  fs.writeFileSync(path.join(ROOT, 'tests/bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, 'tests/bench/RESULTS.md'), markdown(report));
}
