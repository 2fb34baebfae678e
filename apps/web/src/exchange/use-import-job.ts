import { useQuery } from '@tanstack/react-query';
import { readJob } from './import-job';

/** Polls an import job until it ends. */
export function useImportJob(jobId: string | null) {
  return useQuery({
    queryKey: ['import-job', jobId],
    queryFn: () => readJob(jobId!),
    enabled: !!jobId,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'succeeded' || s === 'failed' ? false : 400;
    },
  });
}
