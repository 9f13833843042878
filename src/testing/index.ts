// Node only: never imported by the root, /core or /server entries, so no browser bundle holds it.

export type {
  MemoryClientInit,
  MemoryCodeEvent,
  MemoryTransport,
  MemoryUserInit,
  MemoryUserStatus,
} from '../core/memory-transport';
export {
  createLocalCognitoHandler,
  type LocalCognito,
  type LocalCognitoOptions,
  startLocalCognito,
} from './local-cognito';
