import { describe, expect, it } from 'vitest';
import { inRange } from '../../src/core/constants.js';
import { parseVersion } from '../../src/core/engine-version.js';

describe('inRange', () => {
  it('reads lower and upper bounds', () => {
    expect(inRange('>=0.11.0 <0.21.0', parseVersion('0.11.0'))).toBe(true);
    expect(inRange('>=0.11.0 <0.21.0', parseVersion('0.20.2'))).toBe(true);
    expect(inRange('>=0.11.0 <0.21.0', parseVersion('0.21.0'))).toBe(false);
    expect(inRange('>=0.11.0 <0.21.0', parseVersion('0.10.2'))).toBe(false);
    expect(inRange('*', parseVersion('1.0'))).toBe(true);
  });
  it('takes an unknown version as the newest release', () => {
    expect(inRange('>=0.21.0', undefined)).toBe(true);
    expect(inRange('>=0.11.0 <0.21.0', undefined)).toBe(false);
  });
});
