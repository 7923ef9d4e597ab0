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
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLabels: words(
      'poste|intitulé|intitulé du poste|titre|titre du poste|fonction|emploi|métier',
    ),
    companyLabels: words('entreprise|société|employeur|organisme|structure|raison sociale'),
    locationLabels: words(
      'lieu|lieu de travail|localisation|lieu de travail principal|ville|adresse',
    ),
    jobWords: [
      ...words(
        'responsable|chargé|chargée|chef|cheffe|ingénieur|ingénieure|développeur|développeuse|commercial|commerciale|directeur',
      ),
      ...words(
        'directrice|stagiaire|technicien|technicienne|conseiller|conseillère|infirmier|infirmière|caissier|caissière',
      ),
      ...words(
        'vendeur|vendeuse|serveur|serveuse|cuisinier|cuisinière|enseignant|enseignante|professeur|formateur|formatrice',
      ),
      ...words(
        'alternance|apprenti|apprentie|stage|soudeur|soudeuse|comptable|intégrateur|intégratrice|assistant|assistante',
      ),
      ...words(
        'pizzaïolo|pizzaïola|opérateur|opératrice|gestionnaire|animateur|animatrice|préparateur|préparatrice|magasinier',
      ),
      ...words(
        'magasinière|livreur|livreuse|manutentionnaire|employé|employée|ouvrier|ouvrière|électricien|électricienne',
      ),
      ...words(
        'mécanicien|mécanicienne|plombier|boulanger|boulangère|coiffeur|coiffeuse|agent|aide|chauffeur',
      ),
    ],
    titleIntros: words('en tant que|nous recherchons|nous cherchons|nous recrutons'),
    hiringCues: words('recherche|recrute|cherche|recherchons|cherchons|recrutons'),
    articles: words('un|une|un·e|un.e|un(e)|des|notre|son|sa|nouveau|nouvelle'),
    atCompany: words('chez'),
    titleCitySuffixes: words('emploi à|poste à'),
    titleDecorations: words('urgent|basé à|poste basé à|h/f urgent|prime de'),
    confidential: words(
      'confidentiel|confidentielle|entreprise confidentielle|non communiqué|anonyme',
    ),
    agencyCues: words(
      "notre client|pour le compte de|pour le compte d'un|un de nos clients|l'un de nos clients|mon client",
    ),
    aboutWords: words('à propos de|a propos de|qui sommes-nous'),
    basedIn: words('basé à|basée à|situé à|située à|poste basé à|poste situé à'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
