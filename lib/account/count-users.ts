import "server-only";
import { db } from "@/lib/db";

export const countUsers = () => db.user.count();
