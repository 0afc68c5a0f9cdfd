// Command-line options of the soak (npm run soak -- --help).

export const USAGE = `chitieu soak: many readers and a few writers against the real server on 127.0.0.1, for a bounded time.

  npm run soak -- [--demo | --database <file>] [options]

  --database <file>   a national database (npm run seed:national); the soak works on a copy of it
                      (default: data/national.sqlite, seeded first when missing)
  --demo              the Bến Tre demo database instead, prepared afresh
  --duration <t>      how long the load runs: 180, 180s, 3m (default 3m; memory is judged from 2m)
  --officials <n>     commune officials, one commune each, who write (default 200; at most one per commune)
  --analysts <n>      analysts who read (default 20)
  --connections <n>   reader connections in all, spread over the kinds of read (default 40)
  --write-rate <n>    commune days saved per second (default 4)
  --keep              keep the working folder (database copy, server log) afterwards
  --access-log        the server logs every request with its time (CHITIEU_ACCESS_LOG=1); implies --keep
`;

function seconds(text) {
  const match = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(text ?? '');
  if (!match) throw new Error(`--duration: expected 180, 180s or 3m, got "${text}"`);
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1);
}

function count(name, text, min) {
  const n = Number(text);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name}: expected a number ≥ ${min}, got "${text}"`);
  return n;
}

/** Parses argv; throws with a message on anything it does not know. */
export function parseOptions(argv) {
  const options = {
    demo: false,
    database: null,
    duration: 180,
    officials: 200,
    analysts: 20,
    connections: 40,
    writeRate: 4,
    keep: false,
    accessLog: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--demo':
        options.demo = true;
        break;
      case '--database':
        options.database = value();
        break;
      case '--duration':
        options.duration = seconds(value());
        break;
      case '--officials':
        options.officials = count('officials', value(), 1);
        break;
      case '--analysts':
        options.analysts = count('analysts', value(), 1);
        break;
      case '--connections':
        options.connections = count('connections', value(), 5);
        break;
      case '--write-rate':
        options.writeRate = count('write-rate', value(), 0.1);
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--access-log':
        options.accessLog = options.keep = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option "${flag}"`);
    }
  }
  if (options.demo && options.database) throw new Error('--demo and --database exclude each other');
  if (options.duration < 20) throw new Error('--duration: at least 20 s (memory is judged after a warm-up)');
  return options;
}
