/** Words that make a line a job title, shared by the generic reader and the head-title reader. */

export const JOB_WORD =
  /\b(engineer|developer|programmer|manager|designer|analyst|scientist|architect|specialist|consultant|assistant|associate|administrator|coordinator|officer|director|lead|head of|intern|internship|trainee|apprentice|technician|nurse|accountant|representative|executive|advisor|adviser|writer|editor|researcher|recruiter|operator|clerk|cashier|driver|teacher|tutor|chef|cook|electrician|mechanic|sales|marketing|support|product owner|ing[ée]nieur|d[ée]veloppeu[rs]e?|responsable|charg[ée]e? de|stagiaire|stage|alternan(?:ce|t)|ausbildung|ingenier[oa]|t[ée]cnic[oa]|jef[ea] de|analista|becari[oa]|pr[áa]cticas|gerente|medewerker|ontwikkelaar|magazzinier[ea]|impiegat[oa]|addett[oa]|commess[oa]|autista|infermier[ea]|operat(?:ore|rice)|cuoc[oa]|camerier[ea]|verpleegkundige|chauffeur|monteur|adviseur|enfermeir[oa]|motorista|auxiliar|assistente|camarer[oa]|dependient[ea]|(?:entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|werkstudent|praktikant|mitarbeiter)(?:in)?|(?:desarrollador|asesor|programador|vendedor|repartidor|conductor)a?)\b/i;

/** Gender/contract markers that only job titles carry: (m/w/d), (h/f), (f/m/x)... */
export const GENDER_MARK = /\((?:[mwfhdx*]\s?\/\s?){1,3}[mwfhdx*]\)/i;

/**
 * German compound titles and their gender forms: "Vertriebsingenieur:in", "Teamleiter*in",
 * "Elektroniker/-in", "Bauleiterin", "Softwareentwickler_innen".
 */
export const GERMAN_COMPOUND =
  /\p{L}{0,30}(?:ingenieur|leiter|entwickler|techniker|berater|referent|manager|kaufmann|kauffrau|fachkraft|mechaniker|mechatroniker|elektroniker|monteur|pfleger|erzieher|assistenz|sachbearbeiter|verkäufer|koch|fahrer|architekt|planer)(?:(?:[:*_]|\/-?)?in(?:nen)?)?(?!\p{L})/iu;

/** A heading or a part of a document title that reads as one job's title. */
export function isJobTitle(text: string): boolean {
  return JOB_WORD.test(text) || GENDER_MARK.test(text) || GERMAN_COMPOUND.test(text);
}

/**
 * Job nouns only the careers-page reader needs (it runs in the scan script, not the declared one):
 * the "-ician", "-ologist" and "-therapist" trades (bioinformatician, radiologist), postdoctoral
 * posts, advocates (care, patient, customer), and German care and household trades with their
 * gender forms ("Physiotherapeutin", "Hauswirtschafterin", "Fachärztin"), and a heading that opens with a person's noun in its
 * gender form ("Student:in …", "Praktikant*in …"; "Für unsere Kund:innen" does not open with one).
 */
export const MORE_JOB_WORD = new RegExp(
  '\\b(?:\\p{L}{2,20}(?:icians?|ologists?|therapists?)|post-?doc(?:toral)?|postdoc|advocates?|' +
    '\\p{L}{0,20}(?:therapeut|wirtschafter|helfer)(?:in(?:nen)?)?|\\p{L}{0,20}(?:arzt|ärztin))\\b|' +
    '^\\p{L}{3,30}(?::|\\*|_)in\\b',
  'iu',
);
