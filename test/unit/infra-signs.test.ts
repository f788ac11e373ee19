import { describe, expect, it } from 'vitest';
import { INFRA_SIGNS, INFRA_SIGN_LIST } from '../../src/diagnostics/infra.js';

describe('the infrastructure sign regex', () => {
  it('is exactly the alternation of the listed signs', () => {
    const escaped = INFRA_SIGN_LIST.map((sign) => sign.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    expect(INFRA_SIGNS.source).toBe(escaped.join('|'));
    expect(INFRA_SIGNS.flags).toBe('i');
  });

  it('matches every listed sign in any case', () => {
    for (const sign of INFRA_SIGN_LIST) expect(INFRA_SIGNS.test(`x ${sign.toUpperCase()} y`), sign).toBe(true);
  });
});
