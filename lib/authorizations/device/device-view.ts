// What the console shows of a device authorization (its page, and the poll route's JSON): never the
// device code. The browser waits `nextPollInMs` before it asks the console again.
export const DEVICE_STATUSES = ["PENDING", "GRANTED", "DENIED", "EXPIRED", "FAILED"] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const DEVICE_VIEW_SELECT = {
  id: true,
  status: true,
  userCode: true,
  verificationUrl: true,
  verificationUrlComplete: true,
  expiresAt: true,
  nextPollAt: true,
  intervalSeconds: true,
  startLocation: true,
  location: true,
  accountsServer: true,
  scopes: true,
  accessType: true,
  lastAnswer: true,
  reason: true,
  grantId: true,
  polls: true,
  createdAt: true,
  client: { select: { id: true, name: true } },
} as const;

type Row = {
  id: string;
  status: string;
  userCode: string;
  verificationUrl: string;
  verificationUrlComplete: string | null;
  expiresAt: Date;
  nextPollAt: Date;
  intervalSeconds: number;
  startLocation: string;
  location: string;
  accountsServer: string;
  scopes: string[];
  accessType: string;
  lastAnswer: string | null;
  reason: string | null;
  grantId: string | null;
  polls: number;
  createdAt: Date;
  client: { id: string; name: string };
};

export type DeviceView = ReturnType<typeof toDeviceView>;

export function toDeviceView(row: Row, now = Date.now()) {
  return {
    id: row.id,
    status: row.status as DeviceStatus,
    client: row.client,
    userCode: row.userCode,
    verificationUrl: row.verificationUrl,
    verificationUrlComplete: row.verificationUrlComplete,
    expiresAt: row.expiresAt.toISOString(),
    intervalSeconds: row.intervalSeconds,
    nextPollInMs: Math.max(0, row.nextPollAt.getTime() - now),
    startLocation: row.startLocation,
    location: row.location,
    accountsServer: row.accountsServer,
    scopes: row.scopes,
    accessType: row.accessType,
    lastAnswer: row.lastAnswer,
    reason: row.reason,
    grantId: row.grantId,
    polls: row.polls,
  };
}
