import { selectorAdapter } from './define';
import { segments, subdomain } from './dom';

const SLUG = /^[a-z0-9-]{1,200}$/i;

export const recruitee = selectorAdapter({
  id: 'recruitee',
  patterns: ['*://*.recruitee.com/o/*'],
  host: /^[a-z0-9-]{1,63}\.recruitee\.com$/,
  // /o/{slug} and its apply form /o/{slug}/c/new.
  jobId: (url) => {
    const [o, slug] = segments(url);
    return o === 'o' && slug && SLUG.test(slug)
      ? `${subdomain(url).toLowerCase()}:${slug.toLowerCase()}`
      : null;
  },
  canonical: (url, id) => `https://${url.hostname}/o/${id.split(':')[1]}`,
  // Class names are hashed styled-components names: only structure is stable.
  title: ['main h1', 'h1'],
  location: ['[data-testid="offer-location"]'],
  description: ['[data-testid="offer-description"]', 'main article', 'main'],
  exclude: ['form', 'footer', 'nav', 'header'],
});
