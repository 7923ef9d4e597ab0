import { numericId, selectorAdapter } from './define';
import { segments, subdomain } from './dom';

export const bamboohr = selectorAdapter({
  id: 'bamboohr',
  patterns: ['*://*.bamboohr.com/careers*', '*://*.bamboohr.com/jobs/*'],
  host: /^[a-z0-9-]{1,63}\.bamboohr\.com$/,
  jobId: (url) => {
    const [careers, id] = segments(url);
    const n = careers === 'careers' ? numericId(id) : null;
    return n ? `${subdomain(url).toLowerCase()}:${n}` : null;
  },
  canonical: (url, id) => `https://${url.hostname}/careers/${id.split(':')[1]}`,
  title: ['h2[data-fabric-component="Headline"]', '[data-fabric-component="Headline"]', 'h1'],
  location: ['[data-fabric-component="LocationLabel"]', '.jss-location'],
  description: ['.BambooRichText'],
  companyFallback: (_doc, url) => subdomain(url),
});
