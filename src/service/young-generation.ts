import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * The size, in MB, of each of the main thread's two semi-spaces once `limitYoungGeneration` ran.
 * V8 grows them up to 16 MB as objects survive collections (opening a workspace does), and any
 * import that allocates a few MB then touches those pages again: a 300,000-word DOCX cost 15× its
 * text, 6× with 4 MB (bench/README.md, "bench:import-memory"). Work that allocates much in the
 * main thread pays for the more frequent collections (see the same section for what was measured).
 */
export const YOUNG_SEMI_SPACE_MB = 4;

/**
 * The `collate` commands that import documents and so keep the young generation small: `serve` is
 * the app, which imports too. The others run one batch each (an export, a comparison, suggestions)
 * that allocates much in the main thread: at 10,000 articles the small young generation promoted
 * so much short-lived data that a w3c export took 40 % more CPU and 60 % more memory
 * (bench/README.md, "bench:import-memory").
 */
const IMPORTING_COMMANDS = new Set(['import', 'reimport', 'serve']);

/** Whether the `collate` command run with `args` (its arguments after the program) imports documents. */
export function commandImports(args: readonly string[]): boolean {
  const command = args.find((arg) => !arg.startsWith('-'));
  return command !== undefined && IMPORTING_COMMANDS.has(command);
}

const MB = 1024 * 1024;
/** Arrays of 64 numbers (about 0.5 KB each) that survive, allocated between two looks at the young generation's size. */
const SURVIVORS_PER_LOOK = 512;
const SURVIVOR_BYTES = 64 * 8 + 16;

/** The young generation's size in bytes (both semi-spaces). */
export function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Keeps this thread's young generation at `semiSpaceMb` MB a semi-space for the rest of the
 * process, where no flag can be given at start (Electron's main process takes no V8 flags after
 * start, npm's shims none portably). V8 reads its growth factor each time it grows the young
 * generation, not only at start: the young generation is grown once to the size wanted (a factor
 * from its size now, and about one semi-space of objects that survive a collection), then the
 * factor is set to 1. It cannot shrink: one already larger stays as it is. Worker threads size
 * their own heaps and keep growing as usual. Returns the young generation's size afterwards.
 */
export function limitYoungGeneration(semiSpaceMb = YOUNG_SEMI_SPACE_MB): number {
  const wanted = 2 * semiSpaceMb * MB;
  const now = youngGenerationBytes();
  if (now > 0 && now < wanted) {
    setFlagsFromString(`--semi-space-growth-factor=${Math.max(2, Math.round(wanted / now))}`);
    let survivors: number[][] = [];
    for (let allocated = 0; youngGenerationBytes() < wanted && allocated < 2 * wanted;) {
      for (let i = 0; i < SURVIVORS_PER_LOOK; i++) survivors.push(new Array<number>(64).fill(i));
      allocated += SURVIVORS_PER_LOOK * SURVIVOR_BYTES;
    }
    survivors = [];
    void survivors;
  }
  setFlagsFromString('--semi-space-growth-factor=1');
  return youngGenerationBytes();
}
