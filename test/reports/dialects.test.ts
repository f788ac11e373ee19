import { describe, expect, it } from 'vitest';
import type { BotReport, JobStatus, ReviewMessage } from '../../src/types.js';
import { parseBotReport } from '../../src/reports/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGerritExport } from '../../src/ingest/gerrit-export.js';
import { readReview } from '../../src/ingest/index.js';
import { loadSample, SAMPLES_DIR } from '../helpers/samples.js';

/**
 * Each real sample read as one bot message: the dialect recognised, every job
 * with the name, URL, build and status the message gives it (read off the
 * message by hand), non-voting / unrelated jobs marked, and the failure text
 * the bot quoted kept with the job.
 */

interface ExpectedJob {
  name: string;
  url: string | null;
  build: number | null;
  status: JobStatus;
  voting?: false;
  /** Text the bot quoted about the job, which must reach the job's text. */
  quotes?: string[];
  commit?: string;
}

interface Case {
  sample: string;
  dialect: string;
  verdict?: BotReport['verdict'];
  commit?: string | null;
  jobs: ExpectedJob[];
}

function message(body: string): ReviewMessage {
  return { author: 'bot', date: null, body, patchSet: null };
}

function check({ sample, dialect, verdict, commit, jobs }: Case): void {
  const report = parseBotReport(message(loadSample(sample).text));
  expect(report, sample).not.toBeNull();
  expect(report!.dialect).toBe(dialect);
  if (verdict !== undefined) expect(report!.verdict).toBe(verdict);
  if (commit !== undefined) expect(report!.commit ?? null).toBe(commit);
  expect(report!.jobs.map((j) => j.name)).toEqual(jobs.map((j) => j.name));
  report!.jobs.forEach((job, i) => {
    const want = jobs[i];
    expect({ name: job.name, url: job.url, build: job.build, status: job.status }).toEqual({
      name: want.name,
      url: want.url,
      build: want.build,
      status: want.status,
    });
    expect(job.voting === false ? false : undefined).toBe(want.voting);
    for (const quote of want.quotes ?? []) expect(job.text).toContain(quote);
    if (want.commit) expect(job.commit).toBe(want.commit);
  });
}

describe('Zuul', () => {
  const cases: Case[] = [
    {
      sample: 'zuul/gooddata-ruby-734-build-failed.txt',
      dialect: 'zuul',
      verdict: 'failed',
      jobs: [
        { name: 'gooddata-ruby-rubocop-zuul', url: 'https://ci.intgdc.com/job/gooddata-ruby-rubocop-zuul/102/', build: 102, status: 'success' },
        { name: 'gooddata-ruby-tests-zuul', url: 'https://ci.intgdc.com/job/gooddata-ruby-tests-zuul/67/', build: 67, status: 'failure', quotes: ['FAILURE'] },
      ],
    },
    {
      sample: 'zuul/gooddata-ruby-734-build-succeeded.txt',
      dialect: 'zuul',
      verdict: 'successful',
      jobs: [
        { name: 'gooddata-ruby-rubocop-zuul', url: 'https://ci.intgdc.com/job/gooddata-ruby-rubocop-zuul/161/', build: 161, status: 'success' },
        { name: 'gooddata-ruby-tests-zuul', url: 'https://ci.intgdc.com/job/gooddata-ruby-tests-zuul/100/', build: 100, status: 'success' },
      ],
    },
    {
      sample: 'zuul/ovirt-gate-failed.txt',
      dialect: 'zuul',
      verdict: 'failed',
      jobs: [{ name: 'ost-gate', url: 'http://jenkins.ovirt.org/job/ovirt-system-tests_gate/4', build: 4, status: 'failure', quotes: ['FAILURE'] }],
    },
    {
      sample: 'zuul/openstack-tripleo-check-succeeded.txt',
      dialect: 'zuul',
      verdict: 'successful',
      jobs: [
        { name: 'openstack-tox-molecule', url: 'https://zuul.opendev.org/t/openstack/build/b218ec9b40b442a5874fc571e5d3b5e5', build: null, status: 'success' },
        { name: 'openstack-tox-linters', url: 'https://zuul.opendev.org/t/openstack/build/1533443fa79543c7bd8480f9952b09aa', build: null, status: 'success' },
        { name: 'tripleo-tox-molecule', url: 'https://zuul.opendev.org/t/openstack/build/89dd9757afac45de86ac26bb64bff03b', build: null, status: 'success' },
        { name: 'tripleo-upgrade-centos-8-molecule', url: 'https://zuul.opendev.org/t/openstack/build/2da7b8f6b542438b8209c903c3f3cfdb', build: null, status: 'success' },
      ],
    },
    {
      // Zuul's GitHub reporter writes markdown links; here the report is quoted in a reply.
      sample: 'zuul/wazo-calld-209-quoted.md',
      dialect: 'zuul',
      verdict: 'successful',
      jobs: [
        { name: 'tox-linters', url: 'https://zuul.wazo.community/zuul/t/local/build/7e518b0689444458aa2ec74c5e2f4606', build: null, status: 'success' },
        { name: 'wazo-tox-py37', url: 'https://zuul.wazo.community/zuul/t/local/build/2a19b57ce42947b3931bf682faaebeb4', build: null, status: 'success' },
        { name: 'debian-packaging', url: 'https://zuul.wazo.community/zuul/t/local/build/a2c9dd2e5c70493888214408f7abc693', build: null, status: 'success' },
        { name: 'calld-tox-integration', url: 'https://zuul.wazo.community/zuul/t/local/build/77c57fd609b64a878067e425e0e46739', build: null, status: 'success' },
      ],
    },
  ];
  for (const c of cases) it(c.sample, () => check(c));

  it('zuul/openstack-swift-89568-ps4-failed.txt: a non-voting failure is marked, the voting one is not', () => {
    const { text } = loadSample('zuul/openstack-swift-89568-ps4-failed.txt');
    const review = readReview(text, 'swift');
    const report = parseBotReport(review.messages[0])!;
    expect(report.dialect).toBe('zuul');
    expect(report.verdict).toBe('failed');
    expect(report.patchSet).toBe(4);
    expect(report.jobs).toHaveLength(14);
    const failed = report.jobs.filter((j) => j.status === 'failure');
    expect(failed.map((j) => [j.name, j.url, j.voting, j.text, j.patchSet])).toEqual([
      ['check-grenade-dsvm-neutron', 'http://logs.openstack.org/68/89568/4/check/check-grenade-dsvm-neutron/6bf8780', false, 'FAILURE', 4],
      ['check-swift-dsvm-functional', 'http://logs.openstack.org/68/89568/4/check/check-swift-dsvm-functional/bdc0787', undefined, 'FAILURE', 4],
    ]);
    expect(report.jobs.filter((j) => j.voting === false).map((j) => j.name)).toEqual(['check-tempest-dsvm-neutron-heat-slow', 'check-grenade-dsvm-neutron']);
    // Zuul v2 log URLs carry no build number.
    expect(report.jobs.every((j) => j.build === null)).toBe(true);
  });

  it('marks (non-voting) jobs of a real report as not voting', () => {
    const comments = JSON.parse(loadSample('github-json/zingstats-pr-comments.json').text) as Array<{ body: string }>;
    const report = parseBotReport(message(comments[1].body))!;
    expect(report.dialect).toBe('zuul');
    expect(report.jobs.map((j) => [j.name, j.status, j.voting])).toEqual([
      ['foo-example-check', 'success', undefined],
      ['foo-sec-scan', 'success', false],
      ['another-scan', 'success', false],
    ]);
  });
});

describe('Prow failed-test tables', () => {
  const cases: Case[] = [
    {
      sample: 'prow/openshift-kni-oran-o2ims-2749.md',
      dialect: 'prow',
      verdict: 'failed',
      commit: '04e811c8b0c5380d681b3e36025c99f145c5f781',
      jobs: [
        {
          name: 'ci/prow/ci-job',
          url: 'https://prow.ci.openshift.org/view/gs/test-platform-results/pr-logs/pull/openshift-kni_oran-o2ims/2749/pull-ci-openshift-kni-oran-o2ims-main-ci-job/2062662465719635968',
          // The 19-digit Prow build id is beyond exact JavaScript numbers: not guessed.
          build: null,
          status: 'failure',
          commit: '04e811c8b0c5380d681b3e36025c99f145c5f781',
        },
      ],
    },
    {
      sample: 'prow/spectrocloud-cluster-api-9.md',
      dialect: 'prow',
      commit: '332b6a337fc8cc15cf18ac083e9c0fd50beee613',
      jobs: [
        { name: 'capi-presubmit-image', url: 'https://console.cloud.google.com/storage/browser/spectro-prow-artifacts/pr-logs/pull/spectrocloud_cluster-api/9/capi-presubmit-image/1318161410127040516', build: null, status: 'failure' },
        { name: 'capi-test-job', url: 'https://console.cloud.google.com/storage/browser/capi-prow-artifacts/pr-logs/pull/spectrocloud_cluster-api/9/capi-test-job/1318487457657786368', build: null, status: 'failure' },
      ],
    },
    {
      sample: 'prow/kubernetes-test-infra-2174.md',
      dialect: 'prow',
      commit: 'a904aa7824b5462147574469788953d45744f9dc',
      jobs: [
        { name: 'Jenkins unit/integration', url: 'https://k8s-gubernator.appspot.com/build/kubernetes-jenkins/pr-logs/pull/37868/pull-kubernetes-unit/21247/', build: 21247, status: 'failure' },
        { name: 'pull-kubernetes-e2e-gce-canary', url: 'https://k8s-gubernator.appspot.com/build/kubernetes-jenkins/pr-logs/pull/37868/pull-kubernetes-e2e-gce-canary/2/', build: 2, status: 'failure' },
      ],
    },
    {
      sample: 'prow/krestomatio-moodle-operator-12-a.md',
      dialect: 'prow',
      commit: 'ba63926a5214d495f648611c8da63a78b4793edf',
      jobs: [{ name: 'k8s', url: 'http://dashboard.jx.krestomat.io/namespaces/jx/pipelineruns/k8s-q784l', build: null, status: 'failure' }],
    },
    {
      sample: 'prow/krestomatio-moodle-operator-12-b.md',
      dialect: 'prow',
      commit: '361230d796b32c79d1bdd9528354db001d319c23',
      jobs: [{ name: 'k8s', url: 'http://dashboard.jx.krestomat.io/namespaces/jx/pipelineruns/k8s-qxsj5', build: null, status: 'failure' }],
    },
    {
      // GitHub's e-mail rendering of the table, quoted back in an e-mail reply.
      sample: 'prow/kubernetes-68994-email-reply.txt',
      dialect: 'prow',
      verdict: 'failed',
      commit: 'a6a5c91',
      jobs: [
        { name: 'pull-kubernetes-e2e-gce', url: 'https://k8s-gubernator.appspot.com/build/kubernetes-jenkins/pr-logs/pull/68994/pull-kubernetes-e2e-gce/56290/', build: 56290, status: 'failure' },
        { name: 'pull-kubernetes-e2e-gce-100-performance', url: 'https://k8s-gubernator.appspot.com/build/kubernetes-jenkins/pr-logs/pull/68994/pull-kubernetes-e2e-gce-100-performance/23410/', build: 23410, status: 'failure' },
      ],
    },
    {
      sample: 'prow/kind-128-email-reply.txt',
      dialect: 'prow',
      commit: '9b09e5b',
      jobs: [
        { name: 'pull-kind-conformance-parallel', url: 'https://gubernator.k8s.io/build/kubernetes-jenkins/pr-logs/pull/sigs.k8s.io_kind/128/pull-kind-conformance-parallel/173/', build: 173, status: 'failure' },
      ],
    },
    {
      // "[link]()": the bot had no URL for the job.
      sample: 'prow/seldon-core-984.md',
      dialect: 'prow',
      jobs: [{ name: 'serverless-jenkins', url: null, build: null, status: 'failure' }],
    },
  ];
  for (const c of cases) it(c.sample, () => check(c));

  it('reads Required = false as an optional (non-blocking) job', () => {
    // The real table's one row with its Required cell flipped, to see the column is read.
    const text = loadSample('prow/openshift-kni-oran-o2ims-2749.md').text.replace('| true |', '| false |');
    expect(parseBotReport(message(text))!.jobs[0].voting).toBe(false);
  });

  it('a table cut off after its header (no job row) is no report', () => {
    // The real comment up to its table header, as a fuzz run cut it.
    const text = loadSample('prow/spectrocloud-cluster-api-9.md').text;
    const header = text.split('\n').findIndex((line) => line.includes('Test name |'));
    const report = parseBotReport(message(text.split('\n').slice(0, header + 1).join('\n')));
    expect(report === null || report.jobs.length > 0).toBe(true);
  });
});

describe('rust-log-analyzer', () => {
  const cases: Case[] = [
    {
      sample: 'rust-log-analyzer/rust-aa662c2-rendered-copy.txt',
      dialect: 'rust-log-analyzer',
      jobs: [
        {
          name: 'x86_64-gnu-llvm-13',
          url: 'https://github.com/rust-lang/rust/runs/8209338744?check_suite_focus=true',
          build: 8209338744,
          status: 'failure',
          quotes: ['---- [ui] src/test/ui/asm/[type-check-1.rs](http://type-check-1.rs/) stdout ----', '-   --> $DIR/type-check-1.rs:67:27'],
        },
      ],
    },
    {
      sample: 'rust-log-analyzer/rust-49866-travis.md',
      dialect: 'rust-log-analyzer',
      jobs: [
        {
          name: 'Travis',
          url: 'https://travis-ci.org/rust-lang/rust/jobs/365189161',
          build: 365189161,
          status: 'failure',
          quotes: ['[   11.259908] init: failsafe main process (1094) killed by TERM signal', 'ls: cannot access /home/travis/Library/Logs/DiagnosticReports/: No such file or directory'],
        },
      ],
    },
    {
      // Quoted in an e-mail reply: `> ` on every line, links as <url>, Azure timestamps on the log.
      sample: 'rust-log-analyzer/rust-67637-email-quoted.txt',
      dialect: 'rust-log-analyzer',
      jobs: [
        {
          name: 'x86_64-gnu-llvm-7',
          url: 'https://dev.azure.com/rust-lang/rust/_build/results?buildId=16883&view=logs&jobId=0230d20d-e0df-5b62-a6ec-fad0f9c3c3d5',
          build: 16883,
          status: 'failure',
          quotes: ['##[command]git remote add origin https://github.com/rust-lang/rust'],
        },
      ],
    },
    {
      sample: 'rust-log-analyzer/rust-63871-email-quoted.txt',
      dialect: 'rust-log-analyzer',
      jobs: [
        {
          name: 'x86_64-gnu-llvm-6.0',
          url: 'https://dev.azure.com/rust-lang/rust/_build/results?buildId=6913&view=logs&jobId=d0d954b5-f111-5dc4-4d76-03b6c9d0cf7e',
          build: 6913,
          status: 'failure',
          quotes: ['.................................................................................................... 1500/8969'],
        },
      ],
    },
  ];
  for (const c of cases) it(c.sample, () => check(c));

  it('keeps the quoted log, not the expander markup, Travis fold markers or timestamps', () => {
    const travis = parseBotReport(message(loadSample('rust-log-analyzer/rust-49866-travis.md').text))!.jobs[0].text;
    expect(travis).not.toMatch(/```|<details>|<\/details>|travis_fold:|travis_time:/);
    const azure = parseBotReport(message(loadSample('rust-log-analyzer/rust-67637-email-quoted.txt').text))!.jobs[0].text;
    expect(azure.split('\n')[0]).toBe('##[command]git remote add origin https://github.com/rust-lang/rust');
    expect(azure).not.toMatch(/^> /m);
  });
});

describe('Dr. CI', () => {
  const cases: Case[] = [
    {
      sample: 'drci/test-infra-4477-pr-107181.md',
      dialect: 'drci',
      verdict: 'failed',
      commit: 'f9b06f3e2e02b54428de2df316d2d9ba5d3b43d9',
      jobs: [
        {
          name: 'macos-12-py3-x86-64 / test (default, 1, 4, macos-12)',
          url: 'https://github.com/pytorch/pytorch/actions/runs/5861488967/job/15892575116',
          build: 5861488967,
          status: 'failure',
        },
      ],
    },
    {
      sample: 'drci/pytorch-188299.md',
      dialect: 'drci',
      verdict: 'failed',
      commit: 'b07584da2c11279aa6a3ae70e554550b4dc12294',
      jobs: [
        {
          name: 'Lint / lintrunner-noclang-all / lint',
          url: 'https://github.com/pytorch/pytorch/actions/runs/29056967860/job/86250420441',
          build: 29056967860,
          status: 'failure',
          quotes: ['RuntimeError: Failed to get git diff information for /__w/py'],
        },
      ],
    },
    {
      // The stored copy ends inside the gh link: the hud link stands in, and it numbers a PR, not a build.
      sample: 'drci/test-infra-5537-pr-99272.md',
      dialect: 'drci',
      commit: '8a166aef8042717e00af18f03fbee865fb397864',
      jobs: [{ name: 'pull / linux-focal-py3.12-clang10 / test (default, 1, 4, amz2023.linux.2xlarge)', url: 'https://hud.pytorch.org/pr/pytorch/pytorch/99272#28429509143', build: null, status: 'failure' }],
    },
    {
      sample: 'drci/test-infra-5402-pr-130047.md',
      dialect: 'drci',
      commit: 'b5f29ed3395eb6d1422f02f74af94dbf1b22362d',
      jobs: [{ name: 'trunk / linux-focal-rocm6.1-py3.8 / test (default, 2, 2, linux.rocm.gpu)', url: null, build: null, status: 'failure' }],
    },
    {
      sample: 'drci/test-infra-5540-pr-132934.md',
      dialect: 'drci',
      commit: '6b383fcc1295e19a4aa44bc3f7a68065227bf4f8',
      jobs: [{ name: 'pull / linux-focal-py3.12-clang10 / test (dynamo, 3, 3, linux.2xlarge)', url: null, build: null, status: 'failure' }],
    },
    {
      // UNSTABLE: failed, but Dr. CI says it does not block ("You can merge normally!").
      sample: 'drci/test-infra-5392-pr-129369.md',
      dialect: 'drci',
      verdict: 'successful',
      commit: 'b362627e23eb0c94dcbe5f34ea7c8c0b0a22d6f3',
      jobs: [{ name: 'pull / linux-focal-cuda11.8-py3.10-gcc9 / test (distributed, 1, 3, linux.8xlarge.nvidia.gpu)', url: null, build: null, status: 'failure', voting: false }],
    },
    {
      // Cut at "* [induc": no job can be named.
      sample: 'drci/test-infra-5028-pr-122273.md',
      dialect: 'drci',
      verdict: 'successful',
      commit: '19314f56e1424a1d6ae82ed624f093c4a96301a7',
      jobs: [],
    },
    {
      sample: 'drci/pytorch-31496-circleci-era.md',
      dialect: 'drci',
      verdict: 'failed',
      commit: '3d6ea83',
      jobs: [
        {
          name: 'pytorch_linux_xenial_py2_7_9_test',
          url: 'https://circleci.com/gh/pytorch/pytorch/4021424',
          build: 4021424,
          status: 'failure',
          quotes: ['RuntimeError: test_torch failed!', 'FAILED (errors=4, skipped=46)', '  File "test/run_test.py", line 449, in main'],
        },
      ],
    },
  ];
  for (const c of cases) it(c.sample, () => check(c));

  it('keeps each job\'s failure line when the NEW FAILURES block closes and another class follows', () => {
    // Two real comments joined where both were cut: 188299's NEW FAILURES block, closed as Dr. CI
    // closes it, then 129369's UNSTABLE block.
    const first = loadSample('drci/pytorch-188299.md').text.trimEnd();
    const second = loadSample('drci/test-infra-5392-pr-129369.md').text;
    const text = `${first}\n</p></details>\n${second.slice(second.indexOf('<details >'))}`;
    const report = parseBotReport(message(text))!;
    expect(report.jobs.map((j) => [j.name, j.status, j.voting, j.text])).toEqual([
      ['Lint / lintrunner-noclang-all / lint', 'failure', undefined, 'RuntimeError: Failed to get git diff information for /__w/py'],
      ['pull / linux-focal-cuda11.8-py3.10-gcc9 / test (distributed, 1, 3, linux.8xlarge.nvidia.gpu)', 'failure', false, ''],
    ]);
  });

  it('strips the CircleCI-era log timestamps so the parsers see the lines', () => {
    const text = parseBotReport(message(loadSample('drci/pytorch-31496-circleci-era.md').text))!.jobs[0].text;
    expect(text.split('\n')).toContain('Traceback (most recent call last): ');
    expect(text).not.toContain('Dec 19 21:17:16');
  });
});

describe('Jenkins on GitHub pull requests', () => {
  const cases: Case[] = [
    {
      sample: 'jenkins-pr/dotnet-buildtools-41.txt',
      dialect: 'jenkins-pr',
      verdict: 'failed',
      jobs: [{ name: 'BuildTools_Build', url: 'http://corefx-ci.cloudapp.net/jenkins/job/BuildTools_Build/2/', build: 2, status: 'failure' }],
    },
    {
      sample: 'jenkins-pr/windup-568.txt',
      dialect: 'jenkins-pr',
      jobs: [{ name: 'windup-pr-builder', url: 'http://10.3.8.5//job/windup-pr-builder/777/', build: 777, status: 'failure' }],
    },
    {
      sample: 'jenkins-pr/alluxio-8822.txt',
      dialect: 'jenkins-pr',
      jobs: [{ name: 'Alluxio-Pull-Request-Builder', url: 'https://amplab.cs.berkeley.edu/jenkins//job/Alluxio-Pull-Request-Builder/2966/', build: 2966, status: 'failure' }],
    },
    {
      sample: 'jenkins-pr/alluxio-1480-tachyon.txt',
      dialect: 'jenkins-pr',
      jobs: [{ name: 'Tachyon-Pull-Request-Builder', url: 'https://amplab.cs.berkeley.edu/jenkins/job/Tachyon-Pull-Request-Builder/4721/', build: 4721, status: 'failure' }],
    },
    {
      // "Test FAILed." but the build result the plugin appended says ABORTED.
      sample: 'jenkins-pr/alluxio-7714-aborted.txt',
      dialect: 'jenkins-pr',
      verdict: 'aborted',
      jobs: [
        {
          name: 'Alluxio-Pull-Request-Builder',
          url: 'https://amplab.cs.berkeley.edu/jenkins//job/Alluxio-Pull-Request-Builder/20834/',
          build: 20834,
          status: 'aborted',
          quotes: ['Build result: ABORTED', '[...truncated 1793 lines...]'],
        },
      ],
    },
    {
      sample: 'jenkins-pr/alluxio-8822-merged-build.txt',
      dialect: 'jenkins-pr',
      jobs: [{ name: 'merged build', url: null, build: null, status: 'failure' }],
    },
    {
      // A link and no result: the status is not known.
      sample: 'jenkins-pr/zookeeper-638-no-result.txt',
      dialect: 'jenkins-pr',
      verdict: null,
      jobs: [{ name: 'PreCommit-ZOOKEEPER-github-pr-build', url: 'https://builds.apache.org/job/PreCommit-ZOOKEEPER-github-pr-build/2225/', build: 2225, status: 'unknown' }],
    },
    {
      sample: 'jenkins-pr/rocm-pytorch-1630.md',
      dialect: 'jenkins-pr',
      commit: '2530869c9e61e898474d01e0b35e01aeeecd7cca',
      jobs: [
        {
          name: 'pytorch/pytorch-ci-pipeline/PR-1630',
          url: 'http://ml-ci-internal.amd.com:8080/blue/organizations/jenkins/pytorch%2Fpytorch-ci-pipeline/detail/PR-1630/20//pipeline',
          build: 20,
          status: 'failure',
        },
      ],
    },
    {
      sample: 'jenkins-pr/rocm-pytorch-1593.md',
      dialect: 'jenkins-pr',
      commit: '2e12d39f170c705ecc49c95de925e835015e41a7',
      jobs: [
        {
          name: 'pytorch/pytorch-ci-pipeline/PR-1593',
          url: 'http://ml-ci-internal.amd.com:8080/blue/organizations/jenkins/pytorch%2Fpytorch-ci-pipeline/detail/PR-1593/8//pipeline',
          build: 8,
          status: 'failure',
        },
      ],
    },
  ];
  for (const c of cases) it(c.sample, () => check(c));
});

describe('Jenkins Gerrit Trigger and bare `<url> : STATUS` lists', () => {
  const seed = readFileSync(join(SAMPLES_DIR, '..', 'gerrit', 'kv_engine-gerrit-export.txt'), 'utf8');
  const botMessage = parseGerritExport(seed, 'seed').messages.find((m) => m.author === 'Build Bot')!;

  it('reads the seed bot message as Gerrit Trigger with its vote and BFA causes', () => {
    const report = parseBotReport(botMessage)!;
    expect(report.dialect).toBe('gerrit-trigger');
    expect(report.vote).toBe(-1);
    expect(report.verdict).toBe('failed');
    expect(report.jobs.map((j) => [j.name, j.build, j.status])).toEqual([
      ['kv_engine-linux-master', 4029, 'failure'],
      ['kv_engine-windows-master', 3894, 'failure'],
      ['kv_engine-threadsanitizer-master', 3869, 'failure'],
      ['kv_engine-addresssanitizer-master', 3722, 'failure'],
      ['kv_engine-clang_analyzer-master', 3539, 'failure'],
      ['kv_engine-clang_format', 2400, 'success'],
    ]);
    expect(report.jobs[1].text).toContain('error C2440');
  });

  it('reads the same job lines without Gerrit Trigger around them as the generic list', () => {
    // Only the `<url> : STATUS` lines of the seed's real report.
    const lines = botMessage.body.split('\n').filter((line) => line.includes(' : ') && line.startsWith('http'));
    const report = parseBotReport(message(lines.join('\n')))!;
    expect(report.dialect).toBe('url-status-list');
    expect(report.jobs.map((j) => j.status)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure', 'success']);
  });
});

describe('messages that are not reports', () => {
  it('reads none from the plain review messages of a real Gerrit change', () => {
    // The two human messages of the luci-go ChangeInfo sample.
    const change = JSON.parse(loadSample('gerrit-json/luci-go-change-info.json').text.slice(4)) as { messages: Array<{ message: string }> };
    for (const m of change.messages) expect(parseBotReport(message(m.message))).toBeNull();
  });

  it('reads none from a Zuul "Starting check jobs." notice', () => {
    const messages = JSON.parse(loadSample('gerrit-json/zingstats-change-messages.json').text) as Array<{ message: string }>;
    expect(parseBotReport(message(messages[1].message))).toBeNull();
  });
});
