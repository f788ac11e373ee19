import { describe, expect, it } from 'vitest';
import { firstUrl, markdownLinks, plainLogLine, stripTags, unquote } from '../../src/reports/markup.js';
import { parseZuulJobLine, zuulErrorText } from '../../src/reports/zuul.js';
import { loadSample } from '../helpers/samples.js';

// Lines taken from the real samples.
describe('markup helpers on real lines', () => {
  it('unquotes a report quoted in a reply, and leaves a report that merely contains a quote', () => {
    const quoted = loadSample('zuul/wazo-calld-209-quoted.md').text;
    const plain = unquote(quoted);
    expect(plain.split('\n')[0]).toBe('Build succeeded.');
    expect(plain).toContain('    * [tox-linters ](https://zuul.wazo.community/zuul/t/local/build/7e518b0689444458aa2ec74c5e2f4606) : SUCCESS in 3m 07s');
    const drci = loadSample('drci/test-infra-4477-pr-107181.md').text;
    expect(unquote(drci)).toBe(drci);
  });

  it('finds markdown links, image links nested in a link included', () => {
    const heading = '#### [![See CircleCI build](https://avatars0.githubusercontent.com/ml/7?s=12)](https://circleci.com/gh/pytorch/pytorch/4021424) pytorch_linux_xenial_py2_7_9_test (1/1)';
    expect(markdownLinks(heading).map((l) => l.url)).toEqual(['https://avatars0.githubusercontent.com/ml/7?s=12', 'https://circleci.com/gh/pytorch/pytorch/4021424']);
    const bullet = '* [macos-12-py3-x86-64 / test (default, 1, 4, macos-12)](https://hud.pytorch.org/pr/pytorch/pytorch/107181#15892575116) ([gh](https://github.com/pytorch/pytorch/actions/runs/5861488967/job/15892575116))';
    expect(markdownLinks(bullet)).toEqual([
      { text: 'macos-12-py3-x86-64 / test (default, 1, 4, macos-12)', url: 'https://hud.pytorch.org/pr/pytorch/pytorch/107181#15892575116' },
      { text: 'gh', url: 'https://github.com/pytorch/pytorch/actions/runs/5861488967/job/15892575116' },
    ]);
  });

  it('cuts a URL at markup', () => {
    expect(firstUrl('https://amplab.cs.berkeley.edu/jenkins//job/Alluxio-Pull-Request-Builder/20834/<h2>Build result: ABORTED</span></h2>')).toBe(
      'https://amplab.cs.berkeley.edu/jenkins//job/Alluxio-Pull-Request-Builder/20834/',
    );
    expect(firstUrl('<https://dev.azure.com/rust-lang/rust/_build/results?buildId=16883&view=logs>')).toBe('https://dev.azure.com/rust-lang/rust/_build/results?buildId=16883&view=logs');
  });

  it('removes the timestamps CI systems put before log lines', () => {
    expect(plainLogLine('2019-12-26T22:11:23.3293161Z ##[command]git config gc.auto 0')).toBe('##[command]git config gc.auto 0');
    expect(plainLogLine('Dec 19 21:17:17 RuntimeError: test_torch failed! ')).toBe('RuntimeError: test_torch failed! ');
    expect(plainLogLine('[00:04:12] error[E0635]: unknown feature `min_const_unsafe_fn`')).toBe('error[E0635]: unknown feature `min_const_unsafe_fn`');
    expect(plainLogLine('\u001b[31;1mfind: error\u001b[0m')).toBe('find: error');
    // Not a timestamp: kept.
    expect(plainLogLine('[   11.259908] init: failsafe main process (1094) killed by TERM signal')).toBe('[   11.259908] init: failsafe main process (1094) killed by TERM signal');
  });

  it('strips inline tags but not comparison signs', () => {
    expect(stripTags('<code>Dec 19 21:17:17 RuntimeError: test_torch failed!</code>')).toBe('Dec 19 21:17:17 RuntimeError: test_torch failed!');
    expect(stripTags('if (a < b && c > d)')).toBe('if (a < b && c > d)');
  });
});

describe('Zuul job lines', () => {
  it('reads the four shapes Zuul writes', () => {
    expect(parseZuulJobLine(' - openstack-tox-linters https://zuul.opendev.org/t/openstack/build/1533443fa79543c7bd8480f9952b09aa : SUCCESS in 6m 47s ')).toMatchObject({
      name: 'openstack-tox-linters',
      url: 'https://zuul.opendev.org/t/openstack/build/1533443fa79543c7bd8480f9952b09aa',
      resultWord: 'SUCCESS',
      rest: 'in 6m 47s',
    });
    expect(parseZuulJobLine('- https://ci.intgdc.com/job/gooddata-ruby-tests-zuul/67/ : FAILURE in 39m 41s')).toMatchObject({ name: null, resultWord: 'FAILURE' });
    expect(parseZuulJobLine('ost-gate http://jenkins.ovirt.org/job/ovirt-system-tests_gate/4 : FAILURE in 1h 23m 53s')).toMatchObject({ name: 'ost-gate', bulleted: false });
    expect(parseZuulJobLine('    * [tox-linters ](https://zuul.wazo.community/zuul/t/local/build/7e518b0689444458aa2ec74c5e2f4606) : SUCCESS in 3m 07s')).toMatchObject({
      name: 'tox-linters',
      url: 'https://zuul.wazo.community/zuul/t/local/build/7e518b0689444458aa2ec74c5e2f4606',
    });
  });

  it('keeps only the error text after the result, not the duration or voting mark', () => {
    expect(zuulErrorText('in 26m 44s (non-voting)')).toBe('');
    expect(zuulErrorText('in 1h 03m 30s')).toBe('');
    expect(zuulErrorText('')).toBe('');
  });

  it('does not take prose or Gerrit Trigger lines for more than they are', () => {
    expect(parseZuulJobLine('Note : SUCCESS is not a job')).toBeNull();
    expect(parseZuulJobLine('http://cv.jenkins.couchbase.com/job/kv_engine-linux-master/4029/ : FAILURE')).toMatchObject({ name: null, bulleted: false, rest: '' });
  });

  it('stays linear on a long hostile line', () => {
    const hostile = `- ${'a '.repeat(20000)}: FAILURE ${'](('.repeat(20000)}`;
    expect(parseZuulJobLine(hostile)).toBeNull();
    expect(markdownLinks('[x'.repeat(5000) + '](' .repeat(5000)).length).toBeLessThanOrEqual(20);
  });
});
