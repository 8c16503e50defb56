import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { FactdeskApi } from '../../shared/ipc/contract';

const ApiContext = createContext<FactdeskApi | null>(null);

/** Makes the backend API available to the tree below. */
export function ApiProvider({ api, children }: { readonly api: FactdeskApi; readonly children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The backend API: `invoke(channel, args)` resolves to the result or throws a one-sentence Error. */
export function useApi(): FactdeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider above it.');
  return api;
}
