import type { FactdeskApi } from '../../shared/ipc/contract';
import { FactdeskError, isEnvelope, unwrapEnvelope } from './envelope';

const UNREACHABLE = 'Factdesk cannot reach its workbench server; check that it is still running.';
const NO_TOKEN =
  'This page has no access token; open the full address the workbench printed, including #token=….';
const BAD_TOKEN =
  'The workbench refused this page’s access token; open the address the workbench printed again.';

/** The web workbench transport: `POST /api/invoke/<channel>` with the JSON arguments. */
export function createWebApi(token: string | null): FactdeskApi {
  return {
    async invoke(channel, args) {
      let response: Response;
      try {
        response = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': token ?? '' },
          body: JSON.stringify(args),
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch {
        throw new FactdeskError({ code: 'transport', message: UNREACHABLE });
      }
      let body: unknown = undefined;
      try {
        body = await response.json();
      } catch {
        // Not JSON: handled below from the status code.
      }
      if (isEnvelope(body)) return unwrapEnvelope(body);
      if (response.status === 401 || response.status === 403)
        throw new FactdeskError({ code: 'transport', message: token ? BAD_TOKEN : NO_TOKEN });
      throw new FactdeskError({ code: 'transport', message: UNREACHABLE });
    },
  };
}
