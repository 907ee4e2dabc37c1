// How verdicts read in each medium.

import type { Verdict } from '../core/verdict.js';

export const VERDICT_ICON: Record<Verdict, string> = {
  fits: '✅',
  tight: '⚠️',
  undersized: '❌',
  error: '⛔',
  unchecked: '➖',
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  fits: 'fits',
  tight: 'tight',
  undersized: 'undersized',
  error: 'error',
  unchecked: 'not checked',
};

/** Worst first: the order rows are listed in. */
export const VERDICT_ORDER: Record<Verdict, number> = { error: 0, undersized: 1, tight: 2, unchecked: 3, fits: 4 };
