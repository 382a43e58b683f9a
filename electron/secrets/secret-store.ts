/**
 * Where passwords, tokens and API secrets live. Only the main process holds one; no contract channel
 * ever returns a value from it, the renderer learns only whether a key is set.
 */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  has(key: string): Promise<boolean>;
}

export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
    has: async (key) => values.has(key),
  };
}
