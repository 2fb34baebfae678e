import { InitialSchema1763920000000 } from '../../../../migrations/1763920000000-initial-schema';

/** Every migration, oldest first. A landed migration is never edited; add a new one. */
export const MIGRATIONS = [InitialSchema1763920000000];
