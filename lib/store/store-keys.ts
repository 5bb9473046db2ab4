/** Every key of this service starts with this; `v1` changes with the layout. */
export const defaultKeyPrefix = "rsvp-gateway:v1:";

export interface StoreKeys {
  rsvp(id: string): string;
  preview(id: string): string;
  lock(name: string): string;
  counter(name: string): string;
  /** The sorted set of RSVP ids by creation time, for staff listings. */
  readonly index: string;
  /** Instances by heartbeat expiry, and their heartbeat data. */
  readonly heartbeatExpiry: string;
  readonly heartbeats: string;
}

/** The key layout under one prefix; tests give each store its own. */
export function createStoreKeys(prefix: string): StoreKeys {
  return {
    rsvp: (id) => `${prefix}rsvp:${id}`,
    preview: (id) => `${prefix}preview:${id}`,
    lock: (name) => `${prefix}lock:${name}`,
    counter: (name) => `${prefix}counter:${name}`,
    index: `${prefix}rsvp-index`,
    heartbeatExpiry: `${prefix}heartbeat-expiry`,
    heartbeats: `${prefix}heartbeats`,
  };
}
