import bcrypt from "bcryptjs";

// bcrypt (cost 12) through bcryptjs: pure JavaScript, no native build on install.
export const hashPassword = (password: string) => bcrypt.hash(password, 12);
export const checkPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
