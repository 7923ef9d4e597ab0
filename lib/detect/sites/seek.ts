import { selectorAdapter } from './define';

/** SEEK (Australia, New Zealand): `/job/{id}`, with `data-automation` hooks on the ad. */
export const seek = selectorAdapter({
  id: 'seek',
  patterns: ['*://*.seek.com.au/*', '*://*.seek.co.nz/*'],
  host: /(^|\.)seek\.(com\.au|co\.nz)$/,
  idFrom: /^\/job\/(\d{5,12})(?:[/?]|$)/,
  title: ['[data-automation="job-detail-title"]'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  // "Full time", "Contract/Temp": the work type under the title.
  labels: ['[data-automation="job-detail-work-type"]'],
  description: ['[data-automation="jobAdDetails"]'],
});
