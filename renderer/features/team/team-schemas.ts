import type * as TeamModels from '../../../shared/models/team';
import { useLoaded } from '../../ui/use-loaded';

/** The team's zod schemas, loaded on demand (as the wizard's setup-schemas.ts): the form shows main's own checks. */
export type TeamSchemas = typeof TeamModels;

let loading: Promise<TeamSchemas> | undefined;

function loadTeamSchemas(): Promise<TeamSchemas> {
  loading ??= import('../../../shared/models/team');
  return loading;
}

export const useTeamSchemas = (): TeamSchemas | null => useLoaded(loadTeamSchemas);
