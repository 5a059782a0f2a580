"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = { PRODUCTION: "#ef4444", SANDBOX: "#f59e0b", DEVELOPMENT: "#6366f1" } as const;

// Active clients per home data centre, stacked by environment.
export function ClientsByDcChart({ data }: { data: { dc: string; environment: string; count: number }[] }) {
  const byDc = [...new Set(data.map((d) => d.dc))].sort().map((dc) => ({
    dc,
    ...Object.fromEntries(Object.keys(COLORS).map((env) => [env, data.find((d) => d.dc === dc && d.environment === env)?.count ?? 0])),
  }));
  return (
    <div className="h-64 w-full" role="img" aria-label={`Clients by data centre: ${byDc.map((d) => d.dc).join(", ")}`}>
      <ResponsiveContainer>
        <BarChart data={byDc} margin={{ right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="dc" tick={{ fontSize: 12, fill: "currentColor" }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "currentColor" }} />
          <Tooltip cursor={{ fillOpacity: 0.1 }} contentStyle={{ fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((env) => (
            <Bar key={env} dataKey={env} name={env.toLowerCase()} stackId="env" fill={COLORS[env]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
