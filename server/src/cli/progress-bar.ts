/**
 * Progress of a long command on standard error: a bar redrawn in place on a terminal, a plain
 * line per stage otherwise (logs, CI), so piping the output never fills it with carriage returns.
 */
export interface ProgressBar {
  /** Starts a stage; returns what the stage calls as it goes. */
  stage(label: string): (done: number, total: number) => void;
  /** Ends the current stage. */
  end(): void;
}

const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream = process.stderr, started = Date.now()): ProgressBar {
  const tty = Boolean(stream.isTTY);
  let current: { label: string; since: number; drawn: number; done: number; total: number } | null = null;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  const draw = () => {
    if (!current) return;
    const share = current.total > 0 ? Math.min(1, current.done / current.total) : 1;
    const filled = Math.round(share * WIDTH);
    stream.write(
      `\r${current.label.padEnd(34)} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${seconds(Date.now() - started)}`,
    );
    current.drawn = Date.now();
  };

  const end = () => {
    if (!current) return;
    if (tty) {
      current.done = current.total;
      draw();
      stream.write('\n');
    } else {
      stream.write(
        `${current.label}: ${current.total > 1 ? `${current.total.toLocaleString('en-US')}, ` : ''}${seconds(Date.now() - current.since)}\n`,
      );
    }
    current = null;
  };

  return {
    stage(label) {
      end();
      current = { label, since: Date.now(), drawn: 0, done: 0, total: 0 };
      if (tty) draw();
      return (done, total) => {
        if (!current) return;
        current.done = done;
        current.total = total;
        if (tty && Date.now() - current.drawn > 100) draw();
      };
    },
    end,
  };
}
