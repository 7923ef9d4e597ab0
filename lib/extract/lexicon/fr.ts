import type { Lexicon } from './types';
import { words } from './words';

/** French. */
export const fr: Lexicon = {
  code: 'fr',
  stopwords: words(
    'le|la|les|et|des|du|un|une|pour|avec|vous|nous|notre|votre|est|sur|dans|au|aux|en|sont|être|qui',
  ),
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {},

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {},

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {},

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {},

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {},

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words('télétravail|full remote|à distance|en remote'),
    hybrid: words('hybride|mode hybride'),
    onsite: words('présentiel|sur site|en présentiel'),
    remotePhrases: words(
      'en télétravail complet|télétravail complet|télétravail total|télétravail à 100%|' +
        '100% télétravail|full télétravail|poste en full remote|entièrement à distance',
    ),
    hybridPhrases: words(
      'télétravail partiel|télétravail fréquent|télétravail occasionnel|télétravail ponctuel',
    ),
    onsitePhrases: words('poste en présentiel|100% présentiel|travail sur site|poste sur site'),
    fully: words('100%|100 %|entièrement|complètement|totalement|full'),
    partly: words('partiel|partiellement|occasionnel|ponctuel|fréquent|hybride'),
    option: words("possible|possibles|possibilité de|possibilité|ouvert au|jusqu'à"),
    days: words('jours|jour'),
    week: words('par semaine|/semaine|par mois|hebdomadaires'),
    places: words(
      'de télétravail|en télétravail|au bureau|sur site|à la maison|à domicile|en présentiel',
    ),
    notRemote: words('pas de télétravail|télétravail non possible|sans télétravail|pas de remote'),
    notModel: words(
      'cloud|infrastructure|architecture|véhicules|véhicule|voitures|solutions|systèmes',
    ),
    or: words('ou'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('temps plein|temps complet|à temps plein|full-time'),
    partTime: words('temps partiel|à temps partiel|mi-temps'),
    contract: words(
      'freelance|free-lance|indépendant|indépendante|auto-entrepreneur|portage salarial|' +
        'prestataire|mission freelance',
    ),
    temporary: words(
      "CDD|contrat à durée déterminée|intérim|intérimaire|mission intérimaire|mission d'intérim|" +
        'travail temporaire|saisonnier|saisonnière|emploi saisonnier|contrat saisonnier|remplacement congé maternité',
    ),
    internship: words(
      "stage de|stage d'|stage en|stage conventionné|stage de fin d'études|stagiaire|gratification de stage|" +
        'offre de stage|convention de stage',
    ),
    apprenticeship: words(
      "alternance|alternant|alternante|alternants|contrat d'apprentissage|apprentissage|apprenti|" +
        'apprentie|contrat de professionnalisation',
    ),
    volunteer: words('bénévole|bénévolat|service civique|volontariat'),
    perDiem: words('vacataire|à la vacation'),
    internTitles: words('stagiaire|stage'),
    apprenticeTitles: words('alternant|alternante|apprenti|apprentie|alternance'),
    noType: words('job étudiant'),
    past: words('précédent|précédente|précédents|déjà réalisé|expérience en'),
    permanent: words('CDI|contrat à durée indéterminée'),
    labels: words(
      "type de contrat|contrat|type d'emploi|durée du travail|temps de travail|nature du contrat",
    ),
    eligibility: words('éligible|éligibles|salariés à temps plein'),
    basis: words("sur la base d'un|sur une base|au prorata|équivalent temps plein|ETP"),
    weeklyHours: words(
      'h/semaine|h / semaine|h hebdomadaires|heures par semaine|heures/semaine|h par semaine|heures hebdomadaires|h hebdo',
    ),
    to: words('à|ou'),
    months: words('mois|an|ans'),
    contractWords: words('contrat|CDD'),
    extendable: words('renouvelable|prolongeable|évolutif en CDI'),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('déménagement|relocalisation|relocation|mobilité géographique'),
    offer: words(
      'aide|aides|prise en charge|pris en charge|accompagnement|accompagné|package|prime|indemnité|remboursement|financé|financée',
    ),
    housing: words(
      'logé|logée|logés|nourri et logé|nourri & logé|logement fourni|logement de fonction|logement possible|hébergement fourni|logement offert|aide au logement',
    ),
    candidate: words('disposé|disposée|prêt à|prête à|mobile'),
    negations: words('ne|pas|aucun|aucune|sans|non'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'visa|visas|permis de travail|titre de séjour|sponsoriser|parrainage|autorisation de travail',
    ),
    immigration: words(
      'visa|visas|permis de travail|titre de séjour|immigration|autorisation de travail',
    ),
    offer: words(
      'accompagnement|accompagnons|prenons en charge|prise en charge|aide|aidons|soutien|possible|sponsoriser',
    ),
    offerPhrases: words(
      "accompagnement pour le visa|aide aux démarches de visa|prise en charge du visa|accompagnement dans les démarches d'immigration",
    ),
    refusals: words(
      'pas de sponsorisation|ne pouvons pas sponsoriser|sans parrainage|pas de parrainage',
    ),
    authorization: words(
      'permis de travail|autorisation de travail|autorisé à travailler|titre de séjour',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('déplacement|déplacements|voyager|voyages'),
    demand: words(
      'fréquent|fréquents|régulier|réguliers|ponctuel|ponctuels|occasionnel|occasionnels|quotidien|' +
        'quotidiens|à prévoir|nécessaire|nécessaires|requis|mobilité',
    ),
    notDemand: words('frais de déplacement|remboursement des déplacements|agence de voyages'),
    shareOfTime: words('du temps|du temps de travail'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
