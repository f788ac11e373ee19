/**
 * Where a build stopped: the target ninja or make failed to build, the
 * GitHub Actions step that ran it. Read from the cleaned lines the log stage
 * decodes (the needles `FAIL`, `rror` and `##[group]` make sure they are).
 */

const MAX_TARGET = 300;

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_TARGET ? `${trimmed.slice(0, MAX_TARGET - 1)}…` : trimmed;
}

/** `FAILED: obj/a.o ` (ninja), `FAILED: [code=1] obj/a.o` (ninja ≥ 1.12). */
export function ninjaFailedTarget(line: string): string | null {
  if (!line.startsWith('FAILED: ')) return null;
  let rest = line.slice(8);
  if (rest.startsWith('[code=')) {
    const close = rest.indexOf('] ');
    if (close !== -1 && close < 16) rest = rest.slice(close + 2);
  }
  const target = clip(rest);
  return target === '' ? null : target;
}

/**
 * `make[2]: *** [src/CMakeFiles/a.dir/build.make:76: src/a.o] Error 1` (GNU make ≥ 4.2),
 * `make: *** [all] Error 2` (older): the target in the brackets.
 */
export function makeFailedTarget(line: string): string | null {
  const stars = line.indexOf(': *** [');
  if (stars === -1 || !line.startsWith('make') || line.indexOf('Error', stars) === -1) return null;
  const open = stars + 6;
  const close = line.lastIndexOf('] ');
  if (close <= open) return null;
  let target = line.slice(open + 1, close);
  // `file:line: target`: the makefile location comes first.
  const space = target.indexOf(': ');
  if (space !== -1 && /:\d{1,9}$/.test(target.slice(Math.max(0, space - 10), space))) target = target.slice(space + 2);
  target = clip(target);
  return target === '' ? null : target;
}

/** `##[group]Run cmake --build build` → `Run cmake --build build`. */
export function githubGroupTitle(line: string): string | null {
  if (!line.startsWith('##[group]')) return null;
  const title = clip(line.slice(9));
  return title === '' ? null : title;
}

export function isGithubErrorLine(line: string): boolean {
  return line.startsWith('##[error]');
}
