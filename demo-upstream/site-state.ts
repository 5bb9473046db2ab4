import type { IncomingMessage, ServerResponse } from "node:http";
import { applyFaultChange, defaultFaults } from "./faults";
import type { DemoFaults } from "./faults";
import type { FieldNaming } from "./fields";
import { RegistrationLog } from "./registrations";
import { SessionStore } from "./session-store";

/** Everything one running site holds in memory. */
export interface SiteState {
  sessions: SessionStore;
  registrations: RegistrationLog;
  faults: DemoFaults;
  allowFaultControl: boolean;
  /** Aborted when the site closes, to cut short any latency wait. */
  closing: AbortSignal;
}

export interface SiteStateOptions {
  faults?: Partial<DemoFaults>;
  allowFaultControl?: boolean;
  closing: AbortSignal;
}

/** @throws FaultConfigError when a fault is out of range. */
export function createSiteState(options: SiteStateOptions): SiteState {
  return {
    sessions: new SessionStore(),
    registrations: new RegistrationLog(),
    faults: applyFaultChange(defaultFaults, options.faults ?? {}),
    allowFaultControl: options.allowFaultControl ?? false,
    closing: options.closing,
  };
}

/** One request, with the naming its page uses under the current faults. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  state: SiteState;
  naming: FieldNaming;
}
