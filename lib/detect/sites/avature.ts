import { selectorAdapter } from './define';
import { labelled } from './dom';

/**
 * Avature career sites (`{company}.avature.net/{portal}/JobDetail/{slug}/{id}`): the page is a
 * column of `article--details` blocks: the title first, then label/value fields, then the text.
 */
export const avature = selectorAdapter({
  id: 'avature',
  patterns: ['*://*.avature.net/*'],
  host: /\.avature\.net$/,
  idFrom: /\/JobDetail\/(?:[^?#]{0,300}\/)?(\d{1,12})(?:[/?]|$)/i,
  title: ['.article--details .article__content__view__field__value'],
  locationFallback: (doc) => labelled(doc, '.article__content__view__field__label', /^location$/i),
  description: ['.article--details .field--rich-text'],
  descriptionAll: true,
});
