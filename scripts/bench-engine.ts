/** What `bench.ts` times, bundled the way the extension's build bundles it. */
export { extract } from '../lib/extract/index';
export { matchSkills } from '../lib/extract/kinds/skills';
export { splitSentences } from '../lib/extract/pipeline/text';
