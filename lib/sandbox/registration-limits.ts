import type { Limit } from "@/lib/rate-limit/rate-limit";

// Registering a sandbox client (Server-based or Self Client, from the page or the JSON endpoint) creates
// a row and, for a Self Client, a grant code: limited per console user and per client IP, counted in
// the database ("shared") so that several console instances cannot multiply either limit.
// Per user: 30 per 10 minutes — a person registers a handful, a test suite's setup a few per run.
// Per IP: 100 per 10 minutes — several people behind one address, but not an account farm.
export const REGISTRATIONS_PER_USER: Limit = { name: "sandbox-register-user", points: 30, perSeconds: 600, store: "shared" };
export const REGISTRATIONS_PER_IP: Limit = { name: "sandbox-register-ip", points: 100, perSeconds: 600, store: "shared" };
