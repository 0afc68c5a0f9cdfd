// The soak's closing table and verdict; also kept as tests/output/soak.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './stats.mjs';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'output', 'soak.json');
const ORDER = ['poll', 'commune', 'district', 'province', 'report', 'write', 'readback'];
const LABELS = {
  poll: 'dataVersion poll',
  commune: "commune's hamlets",
  district: 'district + communes',
  province: 'province as of a date',
  report: 'directive report',
  write: 'save a commune day',
  readback: 'read back the save',
};

const n = (x) => x.toLocaleString('en-US');
const ms = (x) => (x === null ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0));

function latencyRows(stats, elapsed) {
  const kinds = [...stats.kinds.keys()].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const all = { ms: [], count: 0, failures: 0 };
  const rows = kinds.map((kind) => {
    const k = stats.kinds.get(kind);
    const sorted = Float64Array.from(k.ms).sort();
    const failures = [...k.failures.values()].reduce((a, b) => a + b, 0);
    all.count += k.count;
    all.failures += failures;
    if (kind !== 'write' && kind !== 'readback') for (const x of k.ms) all.ms.push(x);
    return {
      kind,
      label: LABELS[kind] ?? kind,
      count: k.count,
      perSecond: k.count / elapsed,
      failures,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? null,
    };
  });
  const sorted = Float64Array.from(all.ms).sort();
  const reads = rows.filter((r) => r.kind !== 'write' && r.kind !== 'readback');
  rows.push({
    kind: 'reads',
    label: 'all reads',
    count: reads.reduce((a, r) => a + r.count, 0),
    perSecond: reads.reduce((a, r) => a + r.perSecond, 0),
    failures: reads.reduce((a, r) => a + r.failures, 0),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? null,
  });
  return rows;
}

/** Prints everything and returns the list of failed checks (empty: the soak passed). */
export function printReport(r) {
  const { world, stats, writes, verification: v, memory, elapsed } = r;
  const out = [];
  const line = (s = '') => out.push(s);
  const c = world.counts;
  const scale = `${n(c.PROVINCE ?? 0)} provinces, ${n(c.DISTRICT ?? 0)} districts, ${n(c.COMMUNE ?? 0)} communes, ${n(c.HAMLET ?? 0)} hamlets, ${n(world.reports)} reports`;
  line();
  line(`chitieu soak — ${r.database === 'demo' ? 'Bến Tre demo' : 'national'} database (${scale})`);
  line(
    `${elapsed.toFixed(0)} s of load on ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}; ${r.options.connections} reader connections, each asking again as soon as answered; ${r.options.writeRate} saves/s`,
  );
  line();
  const rows = latencyRows(stats, elapsed);
  line(
    [
      'request'.padEnd(24),
      'count'.padStart(9),
      'req/s'.padStart(8),
      'errors'.padStart(7),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'max ms'.padStart(8),
    ].join(' '),
  );
  for (const row of rows) {
    line(
      [
        row.label.padEnd(24),
        n(row.count).padStart(9),
        row.perSecond.toFixed(1).padStart(8),
        n(row.failures).padStart(7),
        ms(row.p50).padStart(8),
        ms(row.p95).padStart(8),
        ms(row.p99).padStart(8),
        ms(row.max).padStart(8),
      ].join(' '),
    );
  }
  const errorKinds = [...stats.kinds].flatMap(([kind, k]) =>
    [...k.failures].map(([what, count]) => `${LABELS[kind] ?? kind}: ${what} ×${count}`),
  );
  line();
  line(`errors: ${errorKinds.length ? errorKinds.join('; ') : 'none'}`);
  const s = v.saves;
  line(
    `writes: ${n(writes.acked.length)} commune days acknowledged (${n(s.reports)} hamlet reports, ${n(s.hamletDays)} hamlet-days), ${n(writes.unacked.length)} unanswered`,
  );
  line(
    `lost writes: ${s.lostReports + s.lostAudit} (reports not as last saved: ${s.lostReports}; saves missing from the audit: ${s.lostAudit}); audit events no save explains: ${s.unexplained}`,
  );
  for (const e of s.examples) line(`  ${e}`);
  line(
    `roll-ups: ${n(v.rollups.units)} units × ${v.rollups.dates.length} dates (${v.rollups.dates.join(', ')}) = ${n(v.rollups.compared)} compared with their hamlets' sums, ${n(v.rollups.wrong)} wrong`,
  );
  for (const e of v.rollups.examples) line(`  ${e}`);
  line(`database file: quick_check ${v.integrity.join(', ')}; checked in ${v.seconds.toFixed(1)} s`);
  line(`server RSS (MB, every 5 s): ${memory.samples.map(([, m]) => m.rss.toFixed(0)).join(' ')}`);
  line(`  of which anonymous (heaps): ${memory.samples.map(([, m]) => m.anon.toFixed(0)).join(' ')}`);
  line(`answers per 5 s: ${stats.buckets.map((b) => b ?? 0).join(' ')}`);
  line(
    `machine load (1-minute average, ${r.machine.cores} cores) every 5 s: ${memory.samples.map(([, m]) => m.load.toFixed(1)).join(' ')}`,
  );
  line(`slowest answer per 5 s (ms): ${stats.slowest.map((x) => (x ?? 0).toFixed(0)).join(' ')}`);
  const growth = (m) =>
    `${m.first.toFixed(0)} → ${m.last.toFixed(0)} MB (${m.growth >= 0 ? '+' : ''}${(m.growth * 100).toFixed(1)}%)`;
  line(
    `memory, first ${memory.rss.window.toFixed(0)} s after a ${memory.rss.warmup.toFixed(0)} s warm-up → last ${memory.rss.window.toFixed(0)} s: RSS ${growth(memory.rss)}, anonymous ${growth(memory.anon)}: ${!memory.anon.judged ? 'not judged (runs under 2 minutes are still warming up)' : memory.anon.flat ? 'flat' : 'GROWING'}`,
  );
  line('  (judged on the anonymous part, which a leak grows; the rest is mapped files: code, the WAL index)');
  line(
    `server stop: ${r.stopped.clean ? 'clean (SIGTERM, exit 0)' : `not clean (${r.stopped.timedOut ? 'killed after 30 s' : `exit ${r.stopped.code ?? r.stopped.signal}`})`}`,
  );

  const failures = [];
  const errors = rows.filter((row) => row.kind !== 'reads').reduce((a, row) => a + row.failures, 0);
  if (errors > 0) failures.push(`${n(errors)} errors`);
  if (writes.acked.length === 0) failures.push('no write was acknowledged');
  if (s.lostReports + s.lostAudit > 0) failures.push(`${s.lostReports + s.lostAudit} lost writes`);
  if (s.unexplained > 0) failures.push(`${s.unexplained} audit events without a save`);
  if (v.rollups.wrong > 0) failures.push(`${v.rollups.wrong} wrong roll-ups`);
  if (v.integrity.join() !== 'ok') failures.push('database quick_check failed');
  if (!memory.anon.flat) failures.push('memory grew');
  if (!r.stopped.clean) failures.push('the server did not stop cleanly');
  line();
  line(
    failures.length
      ? `soak FAILED: ${failures.join('; ')}`
      : `soak passed: 0 errors, 0 lost writes, roll-ups equal their sums${memory.anon.judged ? ', memory flat' : ''}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);

  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(
    OUTPUT,
    `${JSON.stringify(
      {
        database: r.database,
        scale: world.counts,
        reports: world.reports,
        options: r.options,
        machine: r.machine,
        elapsed,
        rows,
        errors: errorKinds,
        writes: { acked: writes.acked.length, unacked: writes.unacked.length },
        verification: v,
        memory: {
          samples: memory.samples.map(([t, m]) => ({
            s: Math.round(t),
            rssMb: Math.round(m.rss),
            anonMb: Math.round(m.anon),
            load: m.load,
          })),
          rss: memory.rss,
          anon: memory.anon,
        },
        failures,
      },
      null,
      2,
    )}\n`,
  );
  return failures;
}
