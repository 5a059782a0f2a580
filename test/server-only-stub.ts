// Unit tests import server modules directly; "server-only" would refuse outside React Server Components.
export {};
