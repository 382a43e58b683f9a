/** A feature's English messages (ICU MessageFormat), the source every translation follows. */
export type MessageSource = Readonly<Record<string, string>>;

/** A translation must give every message of its English source, and nothing else. */
export type Translation<Source extends MessageSource> = { readonly [Key in keyof Source]: string };
