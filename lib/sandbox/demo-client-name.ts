/** "Sandbox demo", then "Sandbox demo 2", "Sandbox demo 3"…: the first name no client of the workspace uses. */
export const DEMO_NAME = "Sandbox demo";

export function demoClientName(taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(DEMO_NAME)) return DEMO_NAME;
  for (let n = 2; ; n++) if (!used.has(`${DEMO_NAME} ${n}`)) return `${DEMO_NAME} ${n}`;
}
