import { describe, expect, it } from 'vitest';
import { classifyJobWithoutDiagnostics } from '../../src/classify/classify.js';
import { parseZuulReport } from '../../src/reports/zuul.js';

// Lines in the shape OpenStack's elastic-recheck reads (shared/notes/report-dialects.md).
const BODY = [
  'Build failed (check pipeline).  For information on how to proceed, see',
  'https://docs.opendev.org/opendev/infra-manual/latest/developers.html#automated-testing',
  '',
  '- openstack-tox-pep8 https://zuul.opendev.org/t/openstack/build/1a : SUCCESS in 3m 12s',
  '- openstack-tox-py311 https://zuul.opendev.org/t/openstack/build/2b : NODE_FAILURE',
  '- tempest-full https://zuul.opendev.org/t/openstack/build/3c : RETRY_LIMIT in 1h 2m 3s',
  '- grenade https://zuul.opendev.org/t/openstack/build/4d : POST_FAILURE in 40m 1s',
  '- unit https://zuul.opendev.org/t/openstack/build/5e : FAILURE in 9m 9s',
].join('\n');

describe('Zuul results that blame the CI system', () => {
  const report = parseZuulReport({ author: 'Zuul', date: null, body: BODY, patchSet: 4 }, BODY);
  it('are infrastructure, each result its own root cause; a plain FAILURE stays unknown', () => {
    const byJob = Object.fromEntries(report!.jobs.filter((j) => j.status !== 'success').map((j) => [j.name, classifyJobWithoutDiagnostics(j)]));
    expect(byJob['openstack-tox-py311']).toMatchObject({ category: 'infrastructure', key: 'zuul:NODE_FAILURE' });
    expect(byJob['tempest-full']).toMatchObject({ category: 'infrastructure', key: 'zuul:RETRY_LIMIT' });
    expect(byJob['grenade']).toMatchObject({ category: 'infrastructure', key: 'zuul:POST_FAILURE' });
    expect(byJob['unit'].category).toBe('unknown');
  });
});
