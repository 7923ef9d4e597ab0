import { extensions } from './extensions';
import { genericPosting } from './generic';
import { modelFieldLabels } from './model-field';
import { greenhouseEmbedded } from './sites/greenhouse-embedded';
import { SCAN_ADAPTERS } from './sites/scan';

/**
 * The full detector: the declared content script's core plus the generic reader for careers pages
 * and the adapters of sites the declared script is not declared on.
 */
extensions.generic = genericPosting;
extensions.labels = modelFieldLabels;
// Last: an embedded Greenhouse board is matched by its ?gh_jid= on any host no adapter names.
extensions.adapters = [...SCAN_ADAPTERS, greenhouseEmbedded];

export * from './core';
