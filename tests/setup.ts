import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// Component tests wait for Dexie, lazy chunks and the engine's first load: on a loaded two-core
// machine that took more than testing-library's default second, and at times more than 5 s (a
// stress run with the machine's cores busy failed `findBy…` at random). A passing wait returns as
// soon as its condition holds, so a long limit costs nothing.
configure({ asyncUtilTimeout: 15_000 });
