// The registry import takes export files up to 5 MB (about 30,000 clients without notes). The form
// checks it before uploading and the import route while reading, with the same message.
export const IMPORT_FILE_LIMIT_BYTES = 5 * 1024 * 1024;
export const IMPORT_TOO_LARGE = "The file is larger than 5 MB";
// The rest of the upload: the passphrase field and the multipart framing.
export const IMPORT_BODY_LIMIT_BYTES = IMPORT_FILE_LIMIT_BYTES + 64 * 1024;
