/**
 * Paths as compilers print them → repo-relative with forward slashes.
 * CI workspaces differ per job and per OS (Jenkins `/home/u/jenkins/workspace/<job>/<repo>/`,
 * Windows `..\<repo>\` from a sibling build directory, `C:\…`, GitHub Actions
 * `/home/runner/work/<repo>/<repo>/`), so the same file must end up with one name.
 */

export interface PathHints {
  /** Directory names known to be the repository root (checkout folder names). */
  repoRoots: string[];
}

const WORKSPACE_MARKERS = ['/workspace/', '/workspaces/', '/builds/', '/buildbot/', '/build/src/'];

function dropLeadingRelative(segments: string[]): string[] {
  let i = 0;
  while (i < segments.length && (segments[i] === '..' || segments[i] === '.' || segments[i] === '')) i++;
  return segments.slice(i);
}

/** Checkout folder names a report reveals: `..\X\` means the build ran next to the source tree X. */
export function inferRepoRoots(paths: string[]): string[] {
  const roots = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/\\/g, '/');
    const match = /^(?:\.\.\/)+([\w.-]{1,100})\//.exec(path);
    if (match) roots.add(match[1]);
  }
  // Jenkins jobs are often named after the repository: workspace/kv_engine-linux-master/kv_engine/.
  for (const path of paths) {
    const normal = path.replace(/\\/g, '/');
    for (const marker of WORKSPACE_MARKERS) {
      const at = normal.indexOf(marker);
      if (at === -1) continue;
      const parts = normal.slice(at + marker.length).split('/');
      const job = parts[0];
      const next = parts[1];
      if (next && job && parts.length > 2 && next.length >= 3 && job.startsWith(next)) {
        roots.add(next);
      }
    }
  }
  return [...roots];
}

export function toRepoRelative(rawPath: string, hints: PathHints): string {
  let path = rawPath.trim().replace(/\\/g, '/');
  // Drive letter: C:/…
  path = path.replace(/^[A-Za-z]:\//, '/');
  // GitHub Actions: /home/runner/work/<repo>/<repo>/…, D:/a/<repo>/<repo>/…
  const gha = /^\/(?:home\/runner\/work|a|Users\/runner\/work|__w)\/([^/]{1,100})\/\1\//.exec(path);
  if (gha) return path.slice(gha[0].length);
  let segments = path.split('/');
  // Jenkins-style workspace: …/workspace/<job>/[<repo>/]…
  for (const marker of WORKSPACE_MARKERS) {
    const at = path.indexOf(marker);
    if (at === -1) continue;
    const rest = path.slice(at + marker.length).split('/');
    rest.shift(); // the job's workspace folder
    segments = rest;
    break;
  }
  segments = dropLeadingRelative(segments);
  // A checkout folder at the front: strip it once.
  for (let i = 0; i < Math.min(segments.length - 1, 8); i++) {
    if (hints.repoRoots.includes(segments[i])) {
      segments = segments.slice(i + 1);
      break;
    }
  }
  return segments.join('/');
}
