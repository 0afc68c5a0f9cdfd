// Figure 5: the peak resident memory (VmHWM) of the server process that served the HTTP figures
// (2, 3, 4, 6), read from /proc/<pid>/status. Floor: a bare Node process that opens the same
// database with better-sqlite3, with the server's pragmas, and reads one province's progress:
// what holding the data costs before any of chitieu's own code runs.
import { execFileSync } from 'node:child_process';
import { memoryOf } from './bench-server.mjs';
import { entry, serverRequire } from './bench-lib.mjs';

const GOAL_MB = 1024;

function bareProcessPeak(dbFile, scale) {
  const script = `
    const Database = require(${JSON.stringify(serverRequire.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(dbFile)}, { readonly: true });
    db.prepare('SELECT collected, activated FROM tally_rollup WHERE campaign_id = ? AND unit_id = ? ORDER BY date DESC LIMIT 1').get(${scale.campaign.id}, ${scale.province.id});
    const status = require('node:fs').readFileSync('/proc/self/status', 'utf8');
    process.stdout.write(/VmHWM:\\s+(\\d+) kB/.exec(status)[1]);`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) / 1024;
}

export function measure({ pid, dbFile, scale }) {
  const { peakMb, rssMb, anonMb, fileMb } = memoryOf(pid);
  const floor = bareProcessPeak(dbFile, scale);
  return [
    entry({
      figure: 5,
      name: 'peak memory (VmHWM) of the server through figures 2, 3, 4, 6',
      value: peakMb,
      unit: 'MB',
      floor,
      goal: `≤ ${GOAL_MB} MB`,
      met: peakMb <= GOAL_MB,
      note:
        `resident at the end ${rssMb.toFixed(0)} MB: ${anonMb.toFixed(0)} MB the process's own memory, ${fileMb.toFixed(0)} MB pages of files ` +
        `(node and its libraries); floor: a bare node process holding the same database open`,
    }),
  ];
}
