import { useEffect, useState } from 'react';

/**
 * What `load` gives once it has (null meanwhile, or if it failed): for modules loaded on demand into a chunk of
 * their own, such as the zod schemas, which stay out of the main bundle. `load` must keep its own promise.
 */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setLoaded(() => value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}
