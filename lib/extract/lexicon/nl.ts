import type { Lexicon } from './types';
import { words } from './words';

/** Dutch. */
export const nl: Lexicon = {
  code: 'nl',
  stopwords: words(
    'de|het|een|en|van|met|voor|je|jij|wij|we|onze|ons|is|zijn|op|in|bij|te|als|die|dat',
  ),
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vijf: 5,
    zes: 6,
    zeven: 7,
    tien: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    nouns: words('ervaring'),
    years: words('jaar|jaren'),
    months: words('maanden|maand'),
    rangeJoins: words('tot|à|a|en|of'),
    unitRangeJoins: words('tot|à'),
    rangeMax: words('maximaal|hooguit'),
    orMore: words('of meer|of langer|minimaal|plus'),
    atLeast: words('minimaal|ten minste|tenminste|minstens'),
    moreThan: words('meer dan|ruim'),
    upTo: words('tot|maximaal|hooguit|minder dan'),
    trapsAfter: words('oud|garantie|contract|looptijd|geschiedenis|bestaan'),
    trapsBefore: words(
      'opgericht in|sinds|contract van|looptijd van|looptijd|duur van|garantie|wij hebben|we hebben',
    ),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'een pré|is een pré|een pre|is een pre|pré|een pluspunt|is een pluspunt|pluspunt|een plus|is een plus|gewenst|wenselijk|is wenselijk|strekt tot aanbeveling|niet vereist|niet verplicht|geen vereiste',
    ),
    leading: words(
      'bij voorkeur|idealiter|pré|pluspunten|een pré is|mooi meegenomen|wenselijk|gewenst|bonuspunten',
    ),
    required: words('vereist|verplicht|noodzakelijk|een must|vereiste|moet|moeten|onmisbaar'),
    notRequired: words('niet vereist|niet verplicht|geen vereiste|niet noodzakelijk|geen must'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('promotie|gepromoveerd|doctoraat|phd'),
      master: words(
        'wo-niveau|wo niveau|wo-opleiding|wo-diploma|universitair|universitaire opleiding|masteropleiding|master|masterdiploma|drs.|ir.',
      ),
      bachelor: words(
        'hbo|hbo-niveau|hbo niveau|hbo-opleiding|hbo-diploma|hbo/wo|hbo of wo|hbo/wo-niveau|bachelor|bacheloropleiding|hogeschool|hbo werk- en denkniveau|hbo werk en denkniveau',
      ),
      associate: words('associate degree|ad-opleiding'),
      vocational: words(
        'mbo|mbo-niveau|mbo niveau|mbo-4|mbo 4|mbo-3|mbo 3|mbo-2|mbo 2|mbo-opleiding|mbo-diploma|vakopleiding|beroepsopleiding',
      ),
      high_school: words('havo|vwo|vmbo|middelbare school|havo-diploma|vwo-diploma'),
    },
    abbreviations: {
      HBO: 'bachelor',
      WO: 'master',
      MBO: 'vocational',
      HAVO: 'high_school',
      VWO: 'high_school',
    },
    enrolment: words(
      'je studeert|je bent student|je volgt een hbo-opleiding|je volgt een wo-opleiding',
    ),
    equivalent: words(
      'of vergelijkbaar|of vergelijkbare|of gelijkwaardig|of gelijkwaardige|of een vergelijkbare opleiding',
    ),
    experienceInstead: words(
      'autodidacten|autodidact|aantoonbare ervaring|of vergelijkbare ervaring|of relevante werkervaring',
    ),
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words('in woord en geschrift|mondeling en schriftelijk|schriftelijk en mondeling'),
    levels: {
      native: words('moedertaal|moedertaalspreker|native'),
      fluent: words(
        'vloeiend|uitstekend|uitstekende|perfect|perfecte|zeer goed|zeer goede|foutloos|foutloze|uitstekende beheersing|tweetalig',
      ),
      professional: words(
        'goed|goede|goede beheersing|professioneel|professionele|zakelijk|zakelijke',
      ),
      basic: words('basis|basiskennis|redelijk|redelijke|enige kennis'),
    },
    applyIn: words('cv in het|sollicitatie in het|brief in het'),
  },

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
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
