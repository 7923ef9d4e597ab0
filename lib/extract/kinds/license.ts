import type { Found, SentenceExtractor } from '../types';

/**
 * Licences and security clearances a posting asks for: a driving licence (with its class when
 * stated), a commercial driver's licence, a nursing licence; Secret / Top Secret / TS/SCI, UK SC
 * and DV. Names are normalised so the same licence from two languages is one item.
 */

const DRIVING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:class|klasse|classe) ["'“]?([A-E])["'”]? )?(?:valid |current |clean |` +
    "full )?(?:driver['’]?s['’]? licen[cs]e|driving licen[cs]e|führerschein|führerausweis|" +
    String.raw`fahrerlaubnis|permis(?: de conduire)?(?= [A-Z]\b| de conduire| valide)|` +
    String.raw`carn[eé]t? de conduc(?:ir|ción)|permiso de conducir|patente(?: di guida)?(?= [A-Z]\b|` +
    ' di guida)|carta de condução|carteira de motorista|carteira nacional de habilitação|CNH|' +
    String.raw`rijbewijs)(?:\s(?:der\s)?(?:klasse|class|classe|catégorie|categoría|categoria|kat\.?|` +
    String.raw`cat\.?|type)?\s?([A-E]{1,2}[1E]?))?(?![\p{L}])`,
  'giu',
);
const CDL =
  /(?<![\p{L}])(?:CDL|commercial driver'?s licen[cs]e)(?:\s(?:class\s)?([ABC]))?(?![\p{L}])/gu;
const NURSING = /(?<![\p{L}])(?:RN|nursing|registered nurse|LPN|LVN) licen[cs]e(?![\p{L}])/giu;

const CLEARANCE =
  /(?<![\p{L}])(?:(TS\/SCI|top secret|secret|public trust|SC|DV|NV1|NV2|baseline)(?: security)? clearance|security clearance|(TS\/SCI)(?: with (?:full scope )?poly(?:graph)?)?)(?![\p{L}])/giu;

const CLEARANCE_NAMES: Record<string, string> = {
  'ts/sci': 'TS/SCI',
  'top secret': 'Top Secret',
  secret: 'Secret',
  'public trust': 'Public Trust',
  sc: 'SC',
  dv: 'DV',
  nv1: 'NV1',
  nv2: 'NV2',
  baseline: 'Baseline',
};

/** Cheap gate: the stems every pattern above needs. */
const GATE =
  /licen[cs]e|führerschein|führerausweis|carné|CNH|fahrerlaubnis|permis|carnet|permiso|patente|carta de|carteira|rijbewijs|CDL|clearance|TS\/SCI/i;

/** The words of a match as the sentence wrote them. */
function mentionOf(m: RegExpExecArray) {
  return { text: m[0], start: m.index, end: m.index + m[0].length };
}

export const extractLicenses: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (!GATE.test(text)) return [];
  const found: Found[] = [];
  DRIVING.lastIndex = 0;
  for (let m = DRIVING.exec(text); m && found.length < 4; m = DRIVING.exec(text)) {
    const level = m[2] ?? m[1];
    const name = level ? `Driving licence (${level.toUpperCase()})` : 'Driving licence';
    found.push({ kind: 'license', name, mention: mentionOf(m), at: m.index });
  }
  CDL.lastIndex = 0;
  for (let m = CDL.exec(text); m && found.length < 4; m = CDL.exec(text)) {
    const name = m[1] ? `CDL (class ${m[1]})` : 'CDL';
    found.push({ kind: 'license', name, mention: mentionOf(m), at: m.index });
  }
  NURSING.lastIndex = 0;
  for (let m = NURSING.exec(text); m && found.length < 4; m = NURSING.exec(text)) {
    found.push({ kind: 'license', name: 'Nursing licence', mention: mentionOf(m), at: m.index });
  }
  CLEARANCE.lastIndex = 0;
  for (let m = CLEARANCE.exec(text); m && found.length < 4; m = CLEARANCE.exec(text)) {
    const level = (m[1] ?? m[2])?.toLowerCase();
    // "SC"/"DV" alone are too short to trust in lower case.
    if (level && (level === 'sc' || level === 'dv') && !/^(?:SC|DV)/.test(m[0])) continue;
    const name = level ? (CLEARANCE_NAMES[level] ?? level) : 'Security clearance';
    found.push({ kind: 'clearance', name, at: m.index });
  }
  return found;
};
