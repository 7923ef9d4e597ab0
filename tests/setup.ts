import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// Component tests wait for Dexie and lazy chunks: on a loaded two-core machine that can take more
// than testing-library's default second, which made `findBy…` fail at random.
configure({ asyncUtilTimeout: 5000 });
