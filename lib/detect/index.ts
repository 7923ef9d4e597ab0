import { extensions } from './extensions';
import { genericPosting } from './generic';
import { SCAN_ADAPTERS } from './sites/scan';

/**
 * The full detector: the declared content script's core plus the generic reader for careers pages
 * and the adapters of sites the declared script is not declared on.
 */
extensions.generic = genericPosting;
extensions.adapters = [...SCAN_ADAPTERS];

export * from './core';
