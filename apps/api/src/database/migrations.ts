import { InitialSchema1763920000000 } from '../../../../migrations/1763920000000-initial-schema';
import { ImportJobs1763930000000 } from '../../../../migrations/1763930000000-import-jobs';
import { Portfolio1764000500000 } from '../../../../migrations/1764000500000-portfolio';
import { BulkWriteKeys1764100000000 } from '../../../../migrations/1764100000000-bulk-write-keys';
import { DeferrableModelKeys1764200000000 } from '../../../../migrations/1764200000000-deferrable-model-keys';

/** Every migration, oldest first. A landed migration is never edited; add a new one. */
export const MIGRATIONS = [
  InitialSchema1763920000000,
  ImportJobs1763930000000,
  Portfolio1764000500000,
  BulkWriteKeys1764100000000,
  DeferrableModelKeys1764200000000,
];
