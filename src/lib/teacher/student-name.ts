/**
 * A student's name as people read it, to find two students with the same name: Unicode NFC,
 * spaces trimmed and runs of white space made one, lower case ("Alex  Smith" and "alex smith"
 * give the same key). Takes the name as a result code carries it; returns the key.
 */
export function nameKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
