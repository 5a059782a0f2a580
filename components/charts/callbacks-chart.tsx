"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const GOOD = new Set(["grant_created"]);
const MILD = new Set(["rejected", "state_expired", "state_reused", "no_secret", "client_archived"]);

// Callbacks of the last 24 hours by outcome: green worked, amber user-side, red something to fix.
export function CallbacksChart({ data }: { data: { outcome: string; count: number }[] }) {
  return (
    <div
      className="h-64 w-full"
      role="img"
      aria-label={`Callbacks in the last 24 hours: ${data.map((d) => `${d.count} ${d.outcome.replaceAll("_", " ")}`).join(", ")}`}
    >
      <ResponsiveContainer>
        <BarChart
          data={data.map((d) => ({ ...d, label: d.outcome.replaceAll("_", " ") }))}
          layout="vertical"
          margin={{ left: 24, right: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "currentColor" }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12, fill: "currentColor" }} />
          <Tooltip cursor={{ fillOpacity: 0.1 }} contentStyle={{ fontSize: 12 }} />
          <Bar dataKey="count" name="callbacks" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.outcome} fill={GOOD.has(d.outcome) ? "#10b981" : MILD.has(d.outcome) ? "#f59e0b" : "#ef4444"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
