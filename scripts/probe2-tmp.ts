import { LEXICONS } from '../lib/extract/lexicon/build';
for (const l of LEXICONS) console.log(Object.keys(l.education.abbreviations).join(' '));
