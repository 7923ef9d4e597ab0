import { selectorAdapter } from './define';
import { STEPSTONE_PAGE } from './stepstone';

/** Totaljobs runs on the StepStone platform: `/job/{slug}/{company}-job{id}`, the same page hooks. */
export const totaljobs = selectorAdapter({
  id: 'totaljobs',
  patterns: ['*://www.totaljobs.com/*'],
  host: /^www\.totaljobs\.com$/,
  idFrom: /^\/job\/.{0,300}job(\d{6,12})(?:[/?]|$)/,
  ...STEPSTONE_PAGE,
});
