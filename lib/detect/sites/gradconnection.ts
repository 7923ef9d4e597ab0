import { selectorAdapter } from './define';
import { labelled } from './dom';

/** GradConnection: `/employers/{employer}/jobs/{slug}/`, the employer's panel beside the ad. */
export const gradconnection = selectorAdapter({
  id: 'gradconnection',
  patterns: ['*://*.gradconnection.com/*'],
  host: /(^|\.)gradconnection\.com$/,
  idFrom: /^\/employers\/[\w-]{1,100}\/jobs\/([\w-]{1,200})\/?$/,
  title: ['h1.employers-profile-h1'],
  company: ['h1.employers-panel-title'],
  // The side panel's "Job type: Internships" row.
  labels: ['.box-content-catagories'],
  locationFallback: (doc) => labelled(doc, 'strong', /^locations?:?$/i),
  // "Canberra, Regional ACT, ...show more": the list is cut with a button.
  cleanLocation: (s) => s.replace(/[.…]{0,3}\s*show more$/i, '').replace(/[,\s]+$/, ''),
  description: ['.campaign-content-container'],
});
