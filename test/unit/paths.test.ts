import { describe, expect, it } from 'vitest';
import { inferRepoRoots, toRepoRelative } from '../../src/group/paths.js';

describe('repo-relative paths', () => {
  // The seed's paths: Jenkins Linux workspaces and a Windows build next to the source tree.
  const seedPaths = [
    '/home/couchbase/jenkins/workspace/kv_engine-linux-master/kv_engine/programs/engine_testapp/engine_testapp.cc',
    '..\\kv_engine\\engines\\ep\\src\\ep_engine.cc',
  ];

  it('learns the checkout folder from the report itself', () => {
    expect(inferRepoRoots(seedPaths)).toEqual(['kv_engine']);
  });

  it('strips workspace prefixes, sibling build dirs and backslashes', () => {
    const hints = { repoRoots: inferRepoRoots(seedPaths) };
    expect(seedPaths.map((p) => toRepoRelative(p, hints))).toEqual([
      'programs/engine_testapp/engine_testapp.cc',
      'engines/ep/src/ep_engine.cc',
    ]);
  });

  it('handles drive letters, GitHub Actions workspaces and plain relative paths', () => {
    const none = { repoRoots: [] };
    expect(toRepoRelative('D:\\a\\myrepo\\myrepo\\src\\x.cc', none)).toBe('src/x.cc');
    expect(toRepoRelative('/home/runner/work/myrepo/myrepo/src/x.cc', none)).toBe('src/x.cc');
    expect(toRepoRelative('C:\\jenkins\\workspace\\proj-win\\src\\x.cc', none)).toBe('src/x.cc');
    expect(toRepoRelative('src/x.cc', none)).toBe('src/x.cc');
    expect(toRepoRelative('./src/x.cc', none)).toBe('src/x.cc');
  });
});
