import { numericId, selectorAdapter } from './define';
import { labelled, segments, subdomain } from './dom';

export const icims = selectorAdapter({
  id: 'icims',
  patterns: ['*://*.icims.com/jobs/*'],
  host: /\.icims\.com$/,
  // /jobs/{id}/{slug}/job on careers-{tenant} or jobs-{tenant}; the outer page and its in_iframe=1 frame are the same posting
  // (the default canonical URL keeps no query parameter).
  jobId: (url) => {
    const seg = segments(url);
    const id = seg[0] === 'jobs' ? numericId(seg[1]) : null;
    return id
      ? `${subdomain(url)
          .replace(/^(?:careers|jobs)-/, '')
          .toLowerCase()}:${id}`
      : null;
  },
  title: ['.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobHeaderTable h1', 'h1'],
  location: ['.iCIMS_JobHeaderData .header.left span:last-child'],
  locationFallback: (doc) => labelled(doc, 'dt', /^(job )?locations?$/i),
  // The real content lives in an iframe; the outer page has no description, so it yields null.
  description: ['.iCIMS_JobContent'],
  exclude: ['.iCIMS_Logo', '.iCIMS_PageFooter', '.iCIMS_JobOptions', '[class*="additionalFields"]'],
  companyFallback: (_doc, url) => subdomain(url).replace(/^(?:careers|jobs)-/, ''),
});
